// In-memory workloads and facts for control tests: a manifest text, the facts a scan would
// produce, and a policy. No files are read: controls decide from facts alone.
import type { ControlContext, ControlOutcome, Control, WorkloadFacts } from '../../src/controls/types.js';
import { loadManifestText, type Workload } from '../../src/manifest/load.js';
import { defaultPolicy, type Policy } from '../../src/policy/policy.js';
import type { Finding, ReferencedPath, TelemetryEvidence } from '../../src/scanners/types.js';

/** A workload that meets every control of the built-in production bar, given BACKED facts. */
export const FULL = `apiVersion: readiness-gate/v1
name: svc
tier: production
deployment_boundary: public
identity: { type: SystemAssigned }
access:
  roles: [{ role: db_datareader, scope: curated }]
  tool_scopes: [customer-risk-read]
  credentials: { build_time: github-oidc, run_time: managed-identity }
telemetry: { logs: true, metrics: true, trace_export: OpenTelemetry }
api_surface:
  - { name: risk-read, authentication: entra, authorization: rbac, throttling: 10/s, version: v1, deprecation_policy: 90d, audit_trail: log }
ownership: { team: t, on_call: pd, escalation: lead, runbook: RUNBOOK.md }
cost: { monthly_budget: 100, unit_metrics: [cost_per_workflow] }
data_contracts: [{ path: contracts/orders.v1.json }]
monitoring:
  slos: [{ name: availability, objective: 99.9 }]
  thresholds:
    data: [{ metric: nulls, threshold: 0.1 }]
    model: [{ metric: drift, threshold: 0.2 }]
    system: [{ metric: p95, threshold: 500 }]
    business: [{ metric: conversion, threshold: 0.01 }]
release: { image_version: 1.0.0, model_version: m1, rollback_plan: ROLLBACK.md, changelog: CHANGELOG.md }
`;

/** Replaces one exact piece of a manifest; throws when it is not there, so a test cannot silently test FULL. */
export function edit(manifest: string, from: string, to: string): string {
  if (!manifest.includes(from)) throw new Error(`manifest does not contain ${from}`);
  return manifest.replace(from, to);
}

/** A manifest as FULL is, without the line that starts with `key:` (and its indented block). */
export function without(manifest: string, key: string): string {
  const lines = manifest.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`${key}:`));
  if (start < 0) throw new Error(`manifest has no ${key}`);
  let end = start + 1;
  while (end < lines.length && /^\s+\S/.test(lines[end]!)) end++;
  lines.splice(start, end - start);
  return lines.join('\n');
}

export function workloadOf(manifest: string, manifestPath = 'readiness.yaml'): Workload {
  // The root does not exist: manifests are parsed, never read, and nothing on disk is consulted.
  const { workload, errors } = loadManifestText('/nonexistent-readiness-gate-root', manifestPath, manifest);
  if (!workload) throw new Error(JSON.stringify(errors));
  return workload;
}

export const file = (path: string, version?: ReferencedPath['version']): ReferencedPath => ({ path, kind: 'file', ...(version ? { version } : {}) });

export const TRACES: TelemetryEvidence = { path: 'requirements.txt', line: 1, source: 'dependency', name: 'opentelemetry-sdk', signals: ['traces'] };
export const METRICS: TelemetryEvidence = { path: 'requirements.txt', line: 2, source: 'dependency', name: 'prometheus-client', signals: ['metrics'] };

/** The facts a scan of FULL's repository produces: its named files exist, its telemetry is backed. */
export function backedFacts(): WorkloadFacts {
  return {
    findings: [],
    images: [],
    containers: [],
    networkPolicies: [],
    telemetry: [TRACES, METRICS],
    exposures: [],
    paths: [file('CHANGELOG.md'), file('ROLLBACK.md'), file('RUNBOOK.md'), file('contracts/orders.v1.json', { value: 'v1', from: 'name', line: 1 })],
  };
}

export interface Setup {
  facts?: Partial<WorkloadFacts>;
  policy?: Partial<Policy>;
  manifestPath?: string;
  isBlocking?: (f: Finding) => boolean;
}

export function contextOf(manifest: string, setup: Setup = {}): ControlContext {
  return {
    workload: workloadOf(manifest, setup.manifestPath),
    policy: { ...defaultPolicy(), apiCatalog: ['risk-read'], ...(setup.policy ?? {}) },
    facts: { ...backedFacts(), ...(setup.facts ?? {}) },
    isBlocking: setup.isBlocking ?? ((f) => !f.suppression),
  };
}

export function evaluate(control: Control, manifest: string, setup: Setup = {}): ControlOutcome {
  return control.evaluate(contextOf(manifest, setup));
}

export const secretFinding = (over: Partial<Finding> = {}): Finding => ({
  ruleId: 'secrets/generic',
  category: 'secret',
  severity: 'high',
  path: 'app.py',
  line: 3,
  column: 5,
  message: 'Hardcoded password',
  redacted: 'Sup…[12 chars, #abcd1234]',
  fingerprint: 'f'.repeat(32),
  context: 'source',
  ...over,
});

/** FULL in block style: every key on its own line, so evidence lines tell key paths apart. */
export const FULL_BLOCK = `apiVersion: readiness-gate/v1
name: svc
tier: production
deployment_boundary: public
identity:
  type: SystemAssigned
access:
  roles:
    - role: db_datareader
      scope: curated
  tool_scopes:
    - customer-risk-read
  credentials:
    build_time: github-oidc
    run_time: managed-identity
telemetry:
  logs: true
  metrics: true
  trace_export: OpenTelemetry
api_surface:
  - name: risk-read
    exposure: internal
    authentication: entra
    authorization: rbac
    throttling: 10/s
    version: v1
    deprecation_policy: 90d
    audit_trail: log
ownership:
  team: t
  on_call: pd
  escalation: lead
  runbook: RUNBOOK.md
cost:
  monthly_budget: 100
  unit_metrics:
    - cost_per_workflow
data_contracts:
  - path: contracts/orders.v1.json
monitoring:
  slos:
    - name: availability
      objective: 99.9
  thresholds:
    data: [{ metric: nulls, threshold: 0.1 }]
    model: [{ metric: drift, threshold: 0.2 }]
    system: [{ metric: p95, threshold: 500 }]
    business: [{ metric: conversion, threshold: 0.01 }]
release:
  image_version: 1.0.0
  model_version: m1
  rollback_plan: ROLLBACK.md
  changelog: CHANGELOG.md
`;
