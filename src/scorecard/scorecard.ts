// The scorecard: control outcomes, after profiles and waivers, per workload.
// It only aggregates; the controls decide, and the repository verdict is ./repository.ts.
import { CONTROLS } from '../controls/index.js';
import { phrase } from '../controls/phrase.js';
import { runControls } from '../controls/run.js';
import type { ControlContext, ControlOutcome, WorkloadFacts } from '../controls/types.js';
import type { Workload } from '../manifest/load.js';
import type { ControlId, Tier } from '../manifest/schema.js';
import type { Policy } from '../policy/policy.js';
import type { Finding } from '../scanners/types.js';
import { barFor, decide, type Decision } from './decide.js';
import { indexFindings, linkFindings } from './evidence.js';
import { levelOf, scoreOf, type Level } from './score.js';
import type { VerdictItem } from './types.js';
import { checkWaivers, type CheckedWaiver } from './waivers.js';

export { blockSetFor } from './decide.js';
export type { Level } from './score.js';
export type { Priority, ResultEvidence } from './types.js';

export interface ControlResult extends VerdictItem {
  id: ControlId;
  waiver?: { reason: string; approver: string; expires: string };
}

export interface WorkloadScore {
  name: string;
  manifest: string;
  tier: Tier;
  deploymentBoundary?: string;
  ready: boolean;
  level: Level;
  score: number;
  passedControls: number;
  totalControls: number;
  blocking: string[];
  controls: ControlResult[];
  waivers: CheckedWaiver[];
}

export function scoreWorkload(
  workload: Workload,
  facts: WorkloadFacts,
  policy: Policy,
  isBlocking: (f: Finding) => boolean,
  now: Date,
  /** Every finding of the tree, to link evidence in files the workload does not own (a named container's manifest). */
  allFindings: readonly Finding[] = facts.findings,
): WorkloadScore {
  const ctx: ControlContext = { workload, policy, facts, isBlocking };
  const outcomes = new Map([...runControls(ctx)].map(([id, e]) => [id, e.outcome]));
  return aggregate(workload, policy, outcomes, allFindings, now);
}

/** The workload's verdict from the controls' outcomes; `findings` (any superset of the workload's) link evidence to findings. */
export function aggregate(
  workload: Workload,
  policy: Policy,
  outcomes: ReadonlyMap<ControlId, ControlOutcome>,
  findings: readonly Finding[],
  now: Date,
): WorkloadScore {
  const waivers = checkWaivers(workload, policy, now);
  const index = indexFindings(findings);
  const bar = barFor(workload, policy);
  const controls: ControlResult[] = CONTROLS.map((control) => {
    const outcome = outcomes.get(control.id);
    if (!outcome) throw new Error(`no outcome for control ${control.id}`);
    const decision = decide(control.id, outcome, bar, waivers);
    // Key order as reports have always listed it, so the JSON output only changes where the verdict does.
    return {
      id: control.id,
      title: control.title,
      risk: control.risk,
      message: phraseFor(outcome.message, decision),
      evidence: linkFindings(control.id, outcome.evidence, index),
      remediation: outcome.remediation,
      ...decision,
    };
  });

  const invalidWaivers = waivers.filter((w) => w.state !== 'valid');
  const blocking = [...controls.filter((c) => c.blocking).map((c) => c.message), ...invalidWaivers.map((w) => w.problem!)];
  const waived = new Set(controls.filter((c) => c.status === 'waived').map((c) => c.id));

  return {
    name: workload.name,
    manifest: workload.manifestPath,
    tier: workload.manifest.tier,
    deploymentBoundary: workload.manifest.deployment_boundary,
    ready: blocking.length === 0,
    level: levelOf(workload, policy, outcomes, waived, invalidWaivers.length),
    ...scoreOf(controls.map((c) => c.status)),
    blocking,
    controls,
    waivers,
  };
}

/** How the message reads given the verdict: only a P0 says "Promotion blocked". */
function phraseFor(message: string, decision: Decision): string {
  if (decision.status === 'waived') return phrase(message, 'waived');
  if (decision.status !== 'fail' && decision.status !== 'warn') return message;
  if (decision.priority === 'P0') return phrase(message, 'blocks');
  return phrase(message, decision.priority === 'P1' ? 'before-ga' : 'advice');
}
