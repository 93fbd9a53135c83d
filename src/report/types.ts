// The report every renderer reads: plain data, deterministic, no secret values, no timestamps.
import type { Deployable, Finding, ImageReference } from '../scanners/types.js';
import type { WorkloadScore } from '../scorecard/scorecard.js';
import type { SkipReason, UnscannedFile } from '../workspace/read-file.js';

export type { UnscannedFile } from '../workspace/read-file.js';

export interface Orphan extends Deployable {
  blocking: boolean;
}

export interface ScanStats {
  filesListed: number;
  filesScanned: number;
  bytesScanned: number;
  skipped: Partial<Record<SkipReason, number>>;
  /** Files over the size cap that were scanned for secrets in bounded chunks (present when any were). */
  chunked?: number;
  /** Files that could not be scanned and might hold secrets, sorted by path (present when any). */
  unscanned?: UnscannedFile[];
}

export interface Report {
  tool: { name: 'readiness-gate'; version: string };
  ready: boolean;
  /** One sentence that says the verdict and why. */
  verdict: string;
  policy: string;
  workloads: WorkloadScore[];
  /** Every finding, workload-owned or not, sorted by path, line, column, rule. */
  findings: Finding[];
  images: ImageReference[];
  orphans: Orphan[];
  /** Blocking reasons that belong to no single workload (unowned secrets, orphans, no manifest). */
  repository: { blocking: string[]; warnings: string[] };
  stats: ScanStats;
}
