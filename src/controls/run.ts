// The controls runner: every control of the catalogue, evaluated for one workload from facts.
// A control that throws fails closed with the error named, instead of ending the whole run.
import type { ControlId } from '../manifest/schema.js';
import { CONTROLS } from './index.js';
import type { Control, ControlContext, ControlOutcome } from './types.js';

export interface Evaluation {
  control: Control;
  outcome: ControlOutcome;
}

export function evaluateControl(control: Control, ctx: ControlContext): ControlOutcome {
  try {
    return control.evaluate(ctx);
  } catch (error) {
    return {
      status: 'fail',
      message: `control '${control.id}' could not be evaluated: ${error instanceof Error ? error.message : String(error)}.`,
      evidence: [{ path: ctx.workload.manifestPath, detail: 'the control stopped on an internal error; the gate fails closed' }],
      remediation: ['Report this as a readiness-gate bug, with the manifest that triggers it.'],
    };
  }
}

/** Outcomes in catalogue order, keyed by control id. */
export function runControls(ctx: ControlContext, controls: readonly Control[] = CONTROLS): Map<ControlId, Evaluation> {
  return new Map(controls.map((control) => [control.id, { control, outcome: evaluateControl(control, ctx) }]));
}
