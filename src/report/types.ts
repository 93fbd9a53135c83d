// The report every renderer reads: plain data, deterministic, no secret values, no timestamps.
import type { Finding, ImageReference } from '../scanners/types.js';
import type { Orphan, RepositoryResult } from '../scorecard/repository.js';
import type { WorkloadScore } from '../scorecard/scorecard.js';
import type { SkipReason } from '../workspace/read-file.js';

export type { Orphan, RepositoryResult } from '../scorecard/repository.js';

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
  /** The repository-root-relative POSIX directory that was scanned ('' for the root); renderers prefix paths with it. */
  scannedPath: string;
  workloads: WorkloadScore[];
  /** Every finding, workload-owned or not, sorted by path, line, column, rule. */
  findings: Finding[];
  images: ImageReference[];
  orphans: Orphan[];
  /**
   * What belongs to no single workload (no manifest, secrets in files no workload owns, orphans):
   * `results` in the shape of control results; `blocking` and `warnings` are their messages.
   */
  repository: { blocking: string[]; warnings: string[]; results: RepositoryResult[] };
  stats: ScanStats;
}
