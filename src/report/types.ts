// The report every renderer reads: plain data, deterministic, no secret values, no timestamps.
import type { Deployable, Finding, ImageReference } from '../scanners/types.js';
import type { WorkloadScore } from '../scorecard/scorecard.js';
import type { SkipReason } from '../workspace/read-file.js';

export interface Orphan extends Deployable {
  blocking: boolean;
}

export interface ScanStats {
  filesListed: number;
  filesScanned: number;
  bytesScanned: number;
  skipped: Partial<Record<SkipReason, number>>;
}

export interface Report {
  tool: { name: 'readiness-gate'; version: string };
  ready: boolean;
  /** One sentence that says the verdict and why. */
  verdict: string;
  policy: string;
  /** Repository-root-relative POSIX directory that was scanned ('' for the root); report paths are relative to it. */
  scannedPath: string;
  workloads: WorkloadScore[];
  /** Every finding, workload-owned or not, sorted by path, line, column, rule. */
  findings: Finding[];
  images: ImageReference[];
  orphans: Orphan[];
  /** Blocking reasons that belong to no single workload (unowned secrets, orphans, no manifest). */
  repository: { blocking: string[]; warnings: string[] };
  stats: ScanStats;
}
