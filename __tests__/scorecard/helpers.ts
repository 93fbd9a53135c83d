// Builds workloads and control outcomes for scorecard tests: the scorecard only aggregates, so
// its tests feed it outcomes directly instead of files for the controls to judge.
import type { ControlOutcome } from '../../src/controls/types.js';
import { loadManifestText, type Workload } from '../../src/manifest/load.js';
import { CONTROL_IDS, type ControlId } from '../../src/manifest/schema.js';
import type { Finding } from '../../src/scanners/types.js';

export const NOW = new Date('2026-11-23T15:30:00Z');

/** A manifest with the given extra YAML lines; the tree is never read, so the root need not exist. */
export function workload(extra = '', tier = 'production'): Workload {
  const text = `apiVersion: readiness-gate/v1\nname: svc\ntier: ${tier}\n${extra}`;
  const { workload: w, errors } = loadManifestText('/nonexistent-readiness-gate-root', 'svc/readiness.yaml', text);
  if (!w) throw new Error(JSON.stringify(errors));
  return w;
}

export function outcome(status: ControlOutcome['status'], message = `${status} outcome`, evidence: ControlOutcome['evidence'] = []): ControlOutcome {
  return { status, message, evidence, remediation: status === 'pass' || status === 'not_applicable' ? [] : [`fix for ${message}`] };
}

/** Every control passes unless `overrides` says otherwise. */
export function outcomes(overrides: Partial<Record<ControlId, ControlOutcome>> = {}): Map<ControlId, ControlOutcome> {
  return new Map(CONTROL_IDS.map((id) => [id, overrides[id] ?? outcome('pass', `${id} passes`)]));
}

/** Every control not applicable unless `overrides` says otherwise. */
export function onlyThese(overrides: Partial<Record<ControlId, ControlOutcome>>): Map<ControlId, ControlOutcome> {
  return new Map(CONTROL_IDS.map((id) => [id, overrides[id] ?? outcome('not_applicable', `${id} does not apply`)]));
}

export function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'secrets/generic',
    category: 'secret',
    severity: 'high',
    path: 'svc/app.py',
    line: 3,
    column: 5,
    message: 'Hardcoded password',
    redacted: 'Sup…[12 chars, #abcd1234]',
    fingerprint: 'f'.repeat(32),
    context: 'source',
    ...overrides,
  };
}
