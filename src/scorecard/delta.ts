// What the pull request changes, base commit to head: controls that regressed or improved, the
// score change, findings new in the PR versus already on the base (matched by fingerprint, a
// multiset so a second copy of a secret is new), new orphans and new exceptions. `introduced`
// is what `fail-on: new-findings` fails on. Pure: two scorecards in, the delta out; it never
// prints a fingerprint (keys stay inside this function).
import type { ControlStatus } from '../controls/types.js';
import { findingRef } from '../scanners/finding-ref.js';
import type { Finding } from '../scanners/types.js';
import type { Orphan, RepositoryResult } from './repository.js';
import type { WorkloadScore } from './scorecard.js';

/** One side of the comparison: what a scorecard says about one commit. */
export interface DeltaSide {
  ready: boolean;
  workloads: readonly WorkloadScore[];
  findings: readonly Finding[];
  orphans: readonly Orphan[];
  repositoryResults: readonly RepositoryResult[];
}

export interface ControlChange {
  /** The workload's name, or absent for a repository-level check. */
  workload?: string;
  control: string;
  title: string;
  /** Absent when the workload (or the check) does not exist on the base. */
  from?: ControlStatus;
  to: ControlStatus;
  /** The head's result blocks promotion. */
  blocking: boolean;
}

export interface WorkloadChange {
  name: string;
  change: 'added' | 'removed' | 'changed' | 'unchanged';
  score: { base?: number; head?: number };
  ready: { base?: boolean; head?: boolean };
}

/** A finding the PR adds, named without its value (see findingRef). */
export interface NewFinding {
  ref: string;
  ruleId: string;
  path: string;
  line: number;
  severity: Finding['severity'];
  /** Open and blocking promotion (priority P0). */
  blocking: boolean;
}

export interface Delta {
  /** The base commit the delta is computed against. */
  base: string;
  /** Paths that differ between the base and the checkout, and how many of them were scanned again. */
  changedFiles: number;
  rescannedFiles: number;
  ready: { base: boolean; head: boolean };
  /** The lowest workload score on each side (the `score` output), 0 without workloads. */
  score: { base: number; head: number; change: number };
  workloads: WorkloadChange[];
  regressed: ControlChange[];
  improved: ControlChange[];
  findings: { new: NewFinding[]; existing: number; fixed: number };
  newOrphans: Pick<Orphan, 'kind' | 'name' | 'path' | 'line' | 'blocking'>[];
  newExceptions: number;
  /** One sentence per thing the PR introduces that blocks: what `fail-on: new-findings` fails on. */
  introduced: string[];
}

export interface DeltaInput {
  base: DeltaSide;
  head: DeltaSide;
  commit: string;
  changedFiles: number;
  rescannedFiles: number;
  /** Exceptions the PR adds (they need review), and blockers the rules themselves raise (fail closed). */
  newExceptions: readonly { detail: string }[];
  rulesBlockers?: readonly string[];
  /** How a finding is matched across commits: its fingerprint (held in-process only). */
  keyOf(finding: Finding, side: 'base' | 'head'): string;
}

/** Worse is higher: a change up this scale is a regression. pass and not_applicable are equal. */
const BADNESS: Record<ControlStatus, number> = { pass: 0, not_applicable: 0, waived: 1, warn: 2, fail: 3 };

export function computeDelta(input: DeltaInput): Delta {
  const { base, head } = input;
  const regressed: ControlChange[] = [];
  const improved: ControlChange[] = [];
  const workloads: WorkloadChange[] = [];
  const baseByName = new Map(base.workloads.map((w) => [w.name, w]));
  const headNames = new Set(head.workloads.map((w) => w.name));
  for (const w of head.workloads) {
    const before = baseByName.get(w.name);
    const beforeControls = new Map(before?.controls.map((c) => [c.id, c.status]));
    let changed = !before || before.score !== w.score || before.ready !== w.ready;
    for (const c of w.controls) {
      const from = beforeControls.get(c.id);
      const change: ControlChange = { workload: w.name, control: c.id, title: c.title, ...(from ? { from } : {}), to: c.status, blocking: c.blocking };
      const was = from === undefined ? 0 : BADNESS[from];
      if (BADNESS[c.status] > was) regressed.push(change);
      else if (BADNESS[c.status] < was) improved.push(change);
      if (from !== c.status) changed = true;
    }
    workloads.push({ name: w.name, change: !before ? 'added' : changed ? 'changed' : 'unchanged', score: { ...(before ? { base: before.score } : {}), head: w.score }, ready: { ...(before ? { base: before.ready } : {}), head: w.ready } });
  }
  for (const w of base.workloads) {
    if (!headNames.has(w.name)) workloads.push({ name: w.name, change: 'removed', score: { base: w.score }, ready: { base: w.ready } });
  }
  workloads.sort((a, b) => a.name.localeCompare(b.name));

  const baseChecks = new Map(base.repositoryResults.map((r) => [r.id, r.status]));
  const headChecks = new Set(head.repositoryResults.map((r) => r.id));
  for (const r of head.repositoryResults) {
    const from = baseChecks.get(r.id);
    const change: ControlChange = { control: r.id, title: r.title, ...(from ? { from } : {}), to: r.status, blocking: r.blocking };
    if (BADNESS[r.status] > (from === undefined ? 0 : BADNESS[from])) regressed.push(change);
    else if (from !== undefined && BADNESS[r.status] < BADNESS[from]) improved.push(change);
  }
  // A repository check that is gone on the head passes there.
  for (const r of base.repositoryResults) if (!headChecks.has(r.id) && BADNESS[r.status] > 0) improved.push({ control: r.id, title: r.title, from: r.status, to: 'pass', blocking: false });

  const findings = matchFindings(base.findings, head.findings, input.keyOf);
  const orphanKey = (o: Pick<Orphan, 'kind' | 'name' | 'path'>) => `${o.kind}\u0000${o.name}\u0000${o.path}`;
  const baseOrphans = new Set(base.orphans.map(orphanKey));
  const newOrphans = head.orphans.filter((o) => !baseOrphans.has(orphanKey(o))).map(({ kind, name, path, line, blocking }) => ({ kind, name, path, line, blocking }));

  const introduced = [
    ...(input.rulesBlockers ?? []),
    ...findings.new.filter((f) => f.blocking).map((f) => `New finding in this PR: ${f.ruleId} at ${f.path}:${f.line}.`),
    ...regressed.filter((c) => c.blocking).map((c) => `${c.workload === undefined ? 'Repository' : `Workload '${c.workload}'`}: ${c.title} ${c.from ? `regressed from ${c.from} to ${c.to}` : `is ${c.to} (${c.workload === undefined ? 'new' : 'new workload'})`}.`),
    ...input.newExceptions.map((e) => e.detail),
  ];
  const lowest = (side: DeltaSide) => (side.workloads.length ? Math.min(...side.workloads.map((w) => w.score)) : 0);
  const score = { base: lowest(base), head: lowest(head), change: lowest(head) - lowest(base) };
  return {
    base: input.commit,
    changedFiles: input.changedFiles,
    rescannedFiles: input.rescannedFiles,
    ready: { base: base.ready, head: head.ready },
    score,
    workloads,
    regressed,
    improved,
    findings,
    newOrphans,
    newExceptions: input.newExceptions.length,
    introduced,
  };
}

/**
 * Head findings whose key the base does not have (as many times) are new; base findings left
 * unmatched are fixed. Both lists are in report order, so the result is deterministic.
 */
function matchFindings(base: readonly Finding[], head: readonly Finding[], keyOf: DeltaInput['keyOf']): Delta['findings'] {
  const remaining = new Map<string, number>();
  for (const f of base) {
    const key = keyOf(f, 'base');
    remaining.set(key, (remaining.get(key) ?? 0) + 1);
  }
  const added: NewFinding[] = [];
  let existing = 0;
  for (const f of head) {
    const key = keyOf(f, 'head');
    const left = remaining.get(key) ?? 0;
    if (left > 0) {
      remaining.set(key, left - 1);
      existing++;
      continue;
    }
    added.push({ ref: findingRef(f), ruleId: f.ruleId, path: f.path, line: f.line, severity: f.severity, blocking: !f.suppression && f.priority === 'P0' });
  }
  const fixed = [...remaining.values()].reduce((n, k) => n + k, 0);
  return { new: added, existing, fixed };
}

/** A finding's identity across commits: its fingerprint, else the rule, the path and the message. */
export function defaultFindingKey(f: Finding, fingerprint: string | undefined): string {
  return fingerprint ?? `${f.ruleId}\u0000${f.path}\u0000${f.message}`;
}
