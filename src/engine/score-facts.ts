// Facts in, scorecard out: each finding's verdict under the policy, each workload's controls
// over the facts it owns, and the repository's own verdict. The head and the base commit (for
// the base-to-head delta) are scored by this same code under the same policy.
import type { Workload } from '../manifest/load.js';
import { findingVerdict } from '../policy/finding-blocking.js';
import type { Policy } from '../policy/policy.js';
import type { ScanStats } from '../report/types.js';
import type { OwnedScore } from '../scorecard/finding-priority.js';
import { repositoryVerdict, type RepositoryVerdict } from '../scorecard/repository.js';
import { scoreWorkload, type WorkloadScore } from '../scorecard/scorecard.js';
import type { FileFacts, Finding, ReferencedPath } from '../scanners/types.js';
import { ownedFileMatcher } from './ownership.js';

export interface ScoreInput {
  policy: Policy;
  /** The workloads as judged (with only the waivers that count). */
  workloads: readonly Workload[];
  facts: FileFacts;
  stats: ScanStats;
  referenced: ReferencedPath[];
  now: Date;
}

export interface ScoredFacts {
  scored: OwnedScore[];
  /** Sorted by name. */
  workloads: WorkloadScore[];
  repository: RepositoryVerdict;
  ownedByAny(path: string): boolean;
  isBlocking(finding: Finding): boolean;
}

export function scoreFacts({ policy, workloads: judged, facts, stats, referenced, now }: ScoreInput): ScoredFacts {
  // Each finding's verdict once: controls and the repository verdict ask for it again and again.
  const verdicts = new Map(facts.findings.map((f) => [f, findingVerdict(f, policy)]));
  const isBlocking = (f: Finding) => (verdicts.get(f) ?? findingVerdict(f, policy)).blocking;
  for (const [f, verdict] of verdicts) {
    if (f.category !== 'secret' && f.category !== 'secret-logging') continue;
    f.blocking = verdict.blocking;
    f.blockingReason = verdict.reason;
  }
  const owners = judged.map((w) => ({ workload: w, owns: ownedFileMatcher(w) }));
  const scored = owners
    .map(({ workload, owns }) => ({
      owns,
      score: scoreWorkload(
        workload,
        {
          findings: facts.findings.filter((f) => owns(f.path)),
          // Containers the manifest names are the workload's wherever their manifests live.
          images: facts.images.filter((i) => owns(i.path) || (i.container !== undefined && workload.manifest.containers.includes(i.container))),
          containers: facts.containers.filter((c) => owns(c.path) || workload.manifest.containers.includes(c.container)),
          networkPolicies: facts.networkPolicies,
          telemetry: facts.telemetry.filter((t) => owns(t.path)),
          exposures: facts.exposures.filter((e) => owns(e.path)),
          paths: referenced,
          ...unscannedOf(stats, owns),
        },
        policy,
        isBlocking,
        now,
        facts.findings,
      ),
    }))
    .sort((a, b) => a.score.name.localeCompare(b.score.name));

  const claimed = new Set(judged.flatMap((w) => w.manifest.containers));
  const claimedFiles = new Set(facts.containers.filter((c) => claimed.has(c.container)).map((c) => c.path));
  const ownedByAny = (path: string) => claimedFiles.has(path) || owners.some(({ owns }) => owns(path));
  const repository = repositoryVerdict({ policy, workloadCount: judged.length, findings: facts.findings, deployables: facts.deployables, ownedByAny, isBlocking });
  return { scored, workloads: scored.map(({ score }) => score), repository, ownedByAny, isBlocking };
}

/** The workload's share of the files the scan could not read, as a WorkloadFacts field. */
function unscannedOf(stats: ScanStats, owns: (path: string) => boolean) {
  const own = (stats.unscanned ?? []).filter((u) => owns(u.path));
  return own.length ? { unscannedFiles: own } : {};
}
