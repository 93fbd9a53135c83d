// In-memory reports for the PR-facing renderers (summary, comment, check run, annotations):
// every field spelled out, so a test changes exactly the one thing it is about.
import type { Report } from '../../src/report/types.js';
import type { ControlResult, WorkloadScore } from '../../src/scorecard/scorecard.js';
import type { CheckedWaiver } from '../../src/scorecard/waivers.js';
import type { Finding, ImageReference } from '../../src/scanners/types.js';

export function control(over: Partial<ControlResult> = {}): ControlResult {
  return {
    id: 'telemetry',
    title: 'Telemetry',
    status: 'pass',
    blocking: false,
    message: 'logs, metrics and traces are exported.',
    risk: 'An outage nobody can see.',
    evidence: [],
    remediation: [],
    ...over,
  };
}

/** A failing blocker with one piece of evidence and one fix, its texts numbered by `n`. */
export function blocker(n: number, over: Partial<ControlResult> = {}): ControlResult {
  return control({
    id: 'identity',
    title: `Blocker ${n}`,
    status: 'fail',
    priority: 'P0',
    blocking: true,
    message: `message ${n}.`,
    risk: `risk ${n}.`,
    evidence: [{ path: `f${n}.yaml`, line: n, detail: `detail ${n}` }],
    remediation: [`fix ${n}`],
    ...over,
  });
}

export function warning(n: number, over: Partial<ControlResult> = {}): ControlResult {
  return control({
    id: 'monitoring',
    title: `Warning ${n}`,
    status: 'warn',
    priority: 'P1',
    blocking: false,
    message: `warn message ${n}.`,
    risk: `warn risk ${n}.`,
    evidence: [{ path: `w${n}.yaml`, line: n, detail: `warn detail ${n}` }],
    remediation: [`warn fix ${n}`],
    ...over,
  });
}

export function workload(over: Partial<WorkloadScore> = {}): WorkloadScore {
  const controls = over.controls ?? [control()];
  const blocking = controls.filter((c) => c.blocking).map((c) => c.message);
  return {
    name: 'svc',
    manifest: 'readiness.yaml',
    tier: 'production',
    ready: blocking.length === 0,
    level: blocking.length === 0 ? 'production' : 'prototype',
    score: 100,
    passedControls: controls.filter((c) => c.status === 'pass').length,
    totalControls: controls.length,
    blocking,
    controls,
    waivers: [],
    ...over,
  };
}

export function waiver(over: Partial<CheckedWaiver> = {}): CheckedWaiver {
  return { control: 'identity', reason: 'r', approver: 'a', expires: '2026-01-01', state: 'expired', problem: 'waiver expired.', path: 'readiness.yaml', line: 40, ...over };
}

export function finding(over: Partial<Finding> = {}): Finding {
  return { ruleId: 'images/latest-tag', category: 'image', severity: 'medium', path: 'k8s/deploy.yaml', line: 7, column: 3, message: 'Image uses latest.', context: 'source', ...over };
}

export function image(over: Partial<ImageReference> = {}): ImageReference {
  return { path: 'chart/values.yaml', line: 4, column: 1, image: '{{ .Values.image }}', status: 'unresolved', source: 'helm-values', ...over };
}

export function report(over: Partial<Report> = {}): Report {
  const workloads = over.workloads ?? [workload()];
  const ready = workloads.every((w) => w.ready);
  return {
    tool: { name: 'readiness-gate', version: '9.9.9' },
    ready,
    verdict: ready ? 'Every workload is ready.' : 'A workload is not ready.',
    policy: 'built-in',
    scannedPath: '',
    workloads,
    findings: [],
    images: [],
    orphans: [],
    repository: { blocking: [], warnings: [], results: [] },
    stats: { filesListed: 3, filesScanned: 2, bytesScanned: 100, skipped: {} },
    ...over,
  };
}
