// How one control outcome becomes a verdict item: profiles decide what blocks, waivers what is
// excused, and everything else is a warning ranked P1 (needed for production) or P2 (advice).
import type { ControlOutcome } from '../controls/types.js';
import type { Workload } from '../manifest/load.js';
import type { ControlId, Tier } from '../manifest/schema.js';
import type { Policy } from '../policy/policy.js';
import type { ControlStatus } from '../controls/types.js';
import type { CheckedWaiver } from './waivers.js';
import type { Priority } from './types.js';

/** Controls whose failure blocks a workload at `tier`: the tier's profile plus its boundary's. */
export function blockSetFor(workload: Workload, policy: Policy, tier: Tier): Set<ControlId> {
  const set = new Set(policy.profiles[tier].block);
  const boundary = workload.manifest.deployment_boundary;
  if (boundary) for (const id of policy.boundaries[boundary].block) set.add(id);
  return set;
}

export interface Decision {
  status: ControlStatus;
  blocking: boolean;
  priority?: Priority;
  waiver?: { reason: string; approver: string; expires: string };
}

export interface Bar {
  /** Blocks at the tier the workload asks for. */
  blocks: Set<ControlId>;
  /** Named as warnings at that tier. */
  warns: Set<ControlId>;
  /** Blocks at production: what general availability needs. */
  gaBlocks: Set<ControlId>;
}

export function barFor(workload: Workload, policy: Policy): Bar {
  const tier = workload.manifest.tier;
  return { blocks: blockSetFor(workload, policy, tier), warns: new Set(policy.profiles[tier].warn), gaBlocks: blockSetFor(workload, policy, 'production') };
}

export function decide(id: ControlId, outcome: ControlOutcome, bar: Bar, waivers: readonly CheckedWaiver[]): Decision {
  if (outcome.status === 'pass' || outcome.status === 'not_applicable') return { status: outcome.status, blocking: false };
  const waiver = waivers.find((w) => w.control === id && w.state === 'valid');
  if (waiver) return { status: 'waived', blocking: false, waiver: { reason: waiver.reason, approver: waiver.approver, expires: waiver.expires } };
  if (outcome.status === 'fail' && bar.blocks.has(id)) return { status: 'fail', blocking: true, priority: 'P0' };
  return { status: 'warn', blocking: false, priority: bar.gaBlocks.has(id) || bar.warns.has(id) ? 'P1' : 'P2' };
}
