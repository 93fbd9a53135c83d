// The report every renderer reads: plain data, deterministic, no secret values, no timestamps.
import type { Finding, ImageReference } from '../scanners/types.js';
import type { NewException, Orphan, RepositoryResult } from '../scorecard/repository.js';
import type { Delta } from '../scorecard/delta.js';
import type { WorkloadScore } from '../scorecard/scorecard.js';
import type { PhaseTimes } from '../util/phase-times.js';
import type { SkipReason, UnscannedFile } from '../workspace/read-file.js';

export type { UnscannedFile } from '../workspace/read-file.js';

export type { Orphan, RepositoryResult } from '../scorecard/repository.js';

export interface ScanStats {
  filesListed: number;
  filesScanned: number;
  bytesScanned: number;
  skipped: Partial<Record<SkipReason, number>>;
  /** Files over the size cap that were scanned for secrets in bounded chunks (present when any were). */
  chunked?: number;
  /** Files that could not be scanned and might hold secrets, sorted by path (present when any). */
  unscanned?: UnscannedFile[];
  /** Milliseconds per scan phase, summed over the threads (only when READINESS_GATE_PROFILE is set). */
  phases?: PhaseTimes;
}

export type { NewException };

/** How the rules were taken from the pull request's base commit (present when a base was asked for). */
export interface BaseRules {
  /** The base commit the policy, baseline and API catalog came from; absent when it could not be read. */
  commit?: string;
  notices: string[];
  /** The PR changes the policy: it applies after merge; this is the verdict it would give now. */
  policyChange?: { preview: { ready: boolean; verdict: string } };
  newExceptions: NewException[];
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
  /** Built-in secret rules the policy turned off (`findings.disable_rules`): they did not run. */
  disabledRules?: string[];
  images: ImageReference[];
  orphans: Orphan[];
  /**
   * What belongs to no single workload (no manifest, secrets in files no workload owns, orphans):
   * `results` in the shape of control results; `blocking` and `warnings` are their messages.
   */
  repository: { blocking: string[]; warnings: string[]; results: RepositoryResult[] };
  stats: ScanStats;
  /** The base commit's rules and what the PR would change in them (with `baseRef` only). */
  base?: BaseRules;
  /** What the PR changes against its base commit's scorecard (with `baseRef` and `compareBase`, when the base could be read). */
  delta?: Delta;
}
