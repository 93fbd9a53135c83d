// Each open finding's priority, so the PR comment can list findings by what they cost: the
// highest priority among the failing results that rest on it (P0 blocks promotion, P1 must be
// fixed before general availability, P2 is advice). A result rests on a finding when the
// finding lies in a workload it judges and is of the kind the control decides from, or when
// its evidence names the finding (a container the manifest names, a repository blocker).
import { findingRef } from '../scanners/finding-ref.js';
import type { Finding } from '../scanners/types.js';
import { RESTS_ON } from './evidence.js';
import type { WorkloadScore } from './scorecard.js';
import type { Priority, VerdictItem } from './types.js';

const RANK: Record<Priority, number> = { P0: 0, P1: 1, P2: 2 };

/**
 * The findings each result's evidence names, built once per result: a run asks for every finding
 * against every result, and a file with tens of thousands of findings (one per line) made a scan
 * through the evidence per question quadratic (a 2 MB file of log lines took a minute).
 */
const NAMED = new WeakMap<VerdictItem, { evidence: VerdictItem['evidence']; length: number; refs: ReadonlySet<string> }>();

function namedFindings(item: VerdictItem): ReadonlySet<string> {
  const cached = NAMED.get(item);
  // Built again when the evidence changed since (a result is a plain object anyone may extend).
  if (cached && cached.evidence === item.evidence && cached.length === item.evidence.length) return cached.refs;
  const refs = new Set(item.evidence.flatMap((e) => (e.finding === undefined ? [] : [e.finding])));
  NAMED.set(item, { evidence: item.evidence, length: item.evidence.length, refs });
  return refs;
}

export interface OwnedScore {
  score: WorkloadScore;
  owns: (path: string) => boolean;
}

export function findingPriority(f: Finding, workloads: readonly OwnedScore[], repositoryResults: readonly VerdictItem[]): Priority | undefined {
  if (f.suppression) return undefined;
  // A finding the policy does not let block (a secret in a test file) is advice, even when other
  // findings make its control block.
  if (f.blocking === false) return 'P2';
  const ref = findingRef(f);
  const names = (item: VerdictItem) => namedFindings(item).has(ref);
  let best: Priority | undefined;
  const take = (p: Priority | undefined) => {
    if (p && (best === undefined || RANK[p] < RANK[best])) best = p;
  };
  for (const { score, owns } of workloads) {
    const owned = owns(f.path);
    for (const c of score.controls) {
      if (c.status !== 'fail' && c.status !== 'warn') continue;
      if ((owned && RESTS_ON[c.id]?.includes(f.category)) || names(c)) take(c.priority);
    }
  }
  for (const r of repositoryResults) if ((r.status === 'fail' || r.status === 'warn') && names(r)) take(r.priority);
  return best ?? 'P2';
}
