// Waivers: a named exception with a reason, an approver and an end date. Invalid ones fail visibly.
import type { Workload } from '../manifest/load.js';
import type { ControlId, Waiver } from '../manifest/schema.js';
import type { Policy } from '../policy/policy.js';

export type WaiverState = 'valid' | 'expired' | 'not_waivable' | 'too_long';

export interface CheckedWaiver {
  control: ControlId;
  reason: string;
  approver: string;
  expires: string;
  state: WaiverState;
  /** Why it is not valid, ready to print. */
  problem?: string;
  path: string;
  line: number;
}

const DAY = 24 * 60 * 60 * 1000;

export function checkWaivers(workload: Workload, policy: Policy, now: Date): CheckedWaiver[] {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return workload.manifest.waivers.map((w: Waiver, i) => {
    const base = { control: w.control, reason: w.reason, approver: w.approver, expires: w.expires, path: workload.manifestPath, line: workload.lineOf(['waivers', i]) };
    const settings = policy.controls[w.control];
    const expires = Date.parse(`${w.expires}T00:00:00Z`);
    if (!settings.waivable) {
      return { ...base, state: 'not_waivable', problem: `Promotion blocked: waiver for '${w.control}' is not allowed: the policy makes ${w.control} non-waivable.` };
    }
    if (Number.isNaN(expires) || expires < today) {
      return { ...base, state: 'expired', problem: `Promotion blocked: waiver for '${w.control}' expired on ${w.expires}.` };
    }
    const days = Math.round((expires - today) / DAY);
    if (days > settings.maxWaiverDays) {
      return { ...base, state: 'too_long', problem: `Promotion blocked: waiver for '${w.control}' runs ${days} days; the policy allows at most ${settings.maxWaiverDays}.` };
    }
    return { ...base, state: 'valid' };
  });
}
