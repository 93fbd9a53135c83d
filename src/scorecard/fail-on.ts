// When the step (and the check run) fails, by `fail-on`: `not-ready` whenever the gate is not
// ready; `new-findings` only on what the pull request introduces (new blocking findings,
// blocking regressions, new exceptions, rules it breaks), which needs the base-to-head delta;
// without one (no pull request, or a base that could not be read) it falls back to not-ready,
// so an unreadable base never lets a PR through; `never` reports only.
import type { Delta } from './delta.js';

export const FAIL_ON = ['not-ready', 'new-findings', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];

/** The verdict and the delta of a report (src/report/types.ts), which sits above the scorecard. */
export interface GateOutcome {
  ready: boolean;
  delta?: Pick<Delta, 'introduced'>;
}

export function gateFails(report: GateOutcome, failOn: FailOn): boolean {
  if (report.ready || failOn === 'never') return false;
  if (failOn === 'new-findings' && report.delta) return report.delta.introduced.length > 0;
  return true;
}
