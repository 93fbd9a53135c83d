// The base-to-head delta as run-check's three steps: plan from git while the head is being
// scanned, keep the head's facts the base shares right after the scan, then score the base and
// compare. Whatever goes wrong with the base (a shallow clone without it, not a git repository,
// an unreadable blob) is a notice and no delta, never a failed run.
import type { Workload } from '../manifest/load.js';
import type { Policy } from '../policy/policy.js';
import { fingerprintOf } from '../report/redact-report.js';
import type { ScanStats } from '../report/types.js';
import { computeDelta, defaultFindingKey, type Delta, type DeltaSide } from '../scorecard/delta.js';
import type { ScanOptions } from '../scanners/scan-file.js';
import type { FileFacts, Finding } from '../scanners/types.js';
import { planBase, reusedFacts, scoreBase, type BasePlan } from './base-scan.js';

export interface DeltaRun {
  /** Call with the head's facts as scanned, before tree-level resolution or suppression touches them. */
  keepHeadFacts(facts: FileFacts, stats: ScanStats): void;
  compare(input: CompareInput): { delta?: Delta; notices: string[] };
}

export interface CompareInput {
  policy: Policy;
  options: ScanOptions & { maxFileBytes: number };
  /** The head's manifests as loaded, before exception review. */
  headWorkloads: readonly Workload[];
  baseAccepted: Map<string, string>;
  now: Date;
  head: DeltaSide;
  newExceptions: readonly { detail: string }[];
  rulesBlockers: readonly string[];
}

const unavailable = (why: string) => `No base-to-head delta: ${why}.`;

/** Starts the delta against `commit` (the base the rules were read from); undefined when not asked for. */
export function startDelta(root: string, commit: string | undefined, policy: Policy, wanted: boolean): DeltaRun | undefined {
  if (!wanted) return undefined;
  if (!commit) return failed(unavailable('the base commit could not be read'));
  let plan: BasePlan;
  try {
    plan = planBase(root, commit, policy);
  } catch (error) {
    return failed(unavailable(`git could not compare the checkout with the base commit ${commit.slice(0, 12)} (${reason(error)})`));
  }
  let kept: { facts: FileFacts; stats: ScanStats } | undefined;
  return {
    keepHeadFacts(facts, stats) {
      kept = { facts: reusedFacts(plan, facts), stats: { ...stats, ...(stats.unscanned ? { unscanned: [...stats.unscanned] } : {}) } };
    },
    compare(input) {
      if (!kept) return { notices: [unavailable('the head was not scanned')] };
      try {
        const base = scoreBase({ root, plan, policy: input.policy, options: input.options, reused: kept.facts, headStats: kept.stats, headWorkloads: input.headWorkloads, baseAccepted: input.baseAccepted, now: input.now });
        const keyOf = (f: Finding, side: 'base' | 'head') => (side === 'base' ? base.renamedKeys.get(f) : undefined) ?? defaultFindingKey(f, fingerprintOf(f));
        const delta = computeDelta({
          base: { ready: base.ready, workloads: base.workloads, findings: base.findings, orphans: base.repository.orphans, repositoryResults: base.repository.results },
          head: input.head,
          commit: plan.commit,
          changedFiles: plan.changes.length,
          rescannedFiles: base.rescanned,
          newExceptions: input.newExceptions,
          rulesBlockers: input.rulesBlockers,
          keyOf,
        });
        return { delta, notices: base.notices };
      } catch (error) {
        return { notices: [unavailable(`the base commit ${commit.slice(0, 12)} could not be scored (${reason(error)})`)] };
      }
    },
  };
}

function failed(notice: string): DeltaRun {
  return { keepHeadFacts: () => undefined, compare: () => ({ notices: [notice] }) };
}

/** A short, value-free reason: git's own messages can quote paths and refs, so only the error's kind. */
function reason(error: unknown): string {
  const e = error as NodeJS.ErrnoException & { status?: number };
  if (e.code === 'ENOENT') return 'git is not installed';
  if (e.code === 'ETIMEDOUT') return 'git timed out';
  if (typeof e.status === 'number') return `git exited with status ${e.status}`;
  return e.name || 'error';
}
