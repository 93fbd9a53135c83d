// The scorecard: control outcomes, after profiles and waivers, per workload and for the repository.
import { phrase } from '../controls/phrase.js';
import { runControls } from '../controls/run.js';
import type { ControlContext, ControlStatus, Evidence, WorkloadFacts } from '../controls/types.js';
import type { Workload } from '../manifest/load.js';
import { TIERS, type ControlId, type Tier } from '../manifest/schema.js';
import type { Policy } from '../policy/policy.js';
import type { Finding } from '../scanners/types.js';
import { checkWaivers, type CheckedWaiver } from './waivers.js';

/** P0 blocks promotion now; P1 must be fixed before general availability; P2 is advice. */
export type Priority = 'P0' | 'P1' | 'P2';

export interface ControlResult {
  id: ControlId;
  title: string;
  status: ControlStatus;
  priority?: Priority;
  blocking: boolean;
  message: string;
  risk: string;
  evidence: Evidence[];
  remediation: string[];
  waiver?: { reason: string; approver: string; expires: string };
}

/** Highest tier a workload satisfies: a classification, not a failure. */
export type Level = 'prototype' | Tier;

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

export function blockSetFor(workload: Workload, policy: Policy, tier: Tier): Set<ControlId> {
  const set = new Set(policy.profiles[tier].block);
  const boundary = workload.manifest.deployment_boundary;
  if (boundary) for (const id of policy.boundaries[boundary].block) set.add(id);
  return set;
}

export function scoreWorkload(
  workload: Workload,
  facts: WorkloadFacts,
  policy: Policy,
  isBlocking: (f: Finding) => boolean,
  now: Date,
): WorkloadScore {
  const tier = workload.manifest.tier;
  const ctx: ControlContext = { workload, policy, facts, isBlocking };
  const waivers = checkWaivers(workload, policy, now);
  const blocks = blockSetFor(workload, policy, tier);
  const warns = new Set(policy.profiles[tier].warn);
  const gaBlocks = blockSetFor(workload, policy, 'production');
  const evaluations = runControls(ctx);
  const outcomes = new Map([...evaluations].map(([id, e]) => [id, e.outcome]));

  const controls: ControlResult[] = [...evaluations.values()].map(({ control, outcome }) => {
    const base = { id: control.id, title: control.title, risk: control.risk, message: outcome.message, evidence: outcome.evidence, remediation: outcome.remediation };
    if (outcome.status === 'pass' || outcome.status === 'not_applicable') return { ...base, status: outcome.status, blocking: false };
    const waiver = waivers.find((w) => w.control === control.id && w.state === 'valid');
    if (waiver) return { ...base, message: phrase(outcome.message, 'waived'), status: 'waived', blocking: false, waiver: { reason: waiver.reason, approver: waiver.approver, expires: waiver.expires } };
    const failsHere = outcome.status === 'fail' && blocks.has(control.id);
    if (failsHere) return { ...base, message: phrase(outcome.message, 'blocks'), status: 'fail', blocking: true, priority: 'P0' };
    const priority: Priority = gaBlocks.has(control.id) || warns.has(control.id) ? 'P1' : 'P2';
    return { ...base, message: phrase(outcome.message, priority === 'P1' ? 'before-ga' : 'advice'), status: 'warn', blocking: false, priority };
  });

  const invalidWaivers = waivers.filter((w) => w.state !== 'valid');
  const blocking = [...controls.filter((c) => c.blocking).map((c) => c.message), ...invalidWaivers.map((w) => w.problem!)];

  const applicable = controls.filter((c) => c.status !== 'not_applicable');
  const points = applicable.reduce((sum, c) => sum + (c.status === 'pass' || c.status === 'waived' ? 1 : c.status === 'warn' ? 0.5 : 0), 0);
  const passedControls = applicable.filter((c) => c.status === 'pass' || c.status === 'waived').length;

  const waived = new Set(controls.filter((c) => c.status === 'waived').map((c) => c.id));
  const meets = (t: Tier) =>
    invalidWaivers.length === 0 &&
    [...blockSetFor(workload, policy, t)].every((id) => outcomes.get(id)!.status !== 'fail' || waived.has(id));
  const met = TIERS.filter(meets);
  const level: Level = met.length ? met[met.length - 1]! : 'prototype';

  return {
    name: workload.name,
    manifest: workload.manifestPath,
    tier,
    deploymentBoundary: workload.manifest.deployment_boundary,
    ready: blocking.length === 0,
    level,
    score: applicable.length ? Math.round((100 * points) / applicable.length) : 100,
    passedControls,
    totalControls: applicable.length,
    blocking,
    controls,
    waivers,
  };
}
