// The score and the level: how far a workload is along the bar, and the highest tier it meets.
import type { ControlOutcome, ControlStatus } from '../controls/types.js';
import type { Workload } from '../manifest/load.js';
import { TIERS, type ControlId, type Tier } from '../manifest/schema.js';
import type { Policy } from '../policy/policy.js';
import { blockSetFor } from './decide.js';

/** Highest tier a workload satisfies: a classification, not a failure. */
export type Level = 'prototype' | Tier;

/** Pass and waived count 1, warn 0.5, fail 0; not-applicable controls are left out. */
export const POINTS: Record<Exclude<ControlStatus, 'not_applicable'>, number> = { pass: 1, waived: 1, warn: 0.5, fail: 0 };

export interface Score {
  score: number;
  passedControls: number;
  totalControls: number;
}

export function scoreOf(statuses: readonly ControlStatus[]): Score {
  const applicable = statuses.filter((s): s is Exclude<ControlStatus, 'not_applicable'> => s !== 'not_applicable');
  const points = applicable.reduce((sum, s) => sum + POINTS[s], 0);
  return {
    score: applicable.length ? Math.round((100 * points) / applicable.length) : 100,
    passedControls: applicable.filter((s) => s === 'pass' || s === 'waived').length,
    totalControls: applicable.length,
  };
}

/** A tier is met when none of its blocking controls fails unwaived and no waiver is invalid. */
export function levelOf(
  workload: Workload,
  policy: Policy,
  outcomes: ReadonlyMap<ControlId, ControlOutcome>,
  waived: ReadonlySet<ControlId>,
  invalidWaivers: number,
): Level {
  if (invalidWaivers > 0) return 'prototype';
  const meets = (t: Tier) => [...blockSetFor(workload, policy, t)].every((id) => outcomes.get(id)?.status !== 'fail' || waived.has(id));
  const met = TIERS.filter(meets);
  return met.length ? met[met.length - 1]! : 'prototype';
}
