// Reports for renderer tests, built from plain data: a blocked workload whose secretless
// control rests on two findings, an identity failure in the manifest, a P2 warning, a waiver,
// and the repository results, so each renderer's choices can be checked one by one.
import type { Report } from '../../src/report/types.js';
import type { ControlResult, WorkloadScore } from '../../src/scorecard/scorecard.js';
import type { RepositoryResult } from '../../src/scorecard/repository.js';
import type { Finding } from '../../src/scanners/types.js';
import { findingRef } from '../../src/scanners/finding-ref.js';

export const SECRET: Finding = {
  ruleId: 'secrets/generic-secret-assignment',
  category: 'secret',
  severity: 'high',
  path: 'app/main.py',
  line: 6,
  column: 18,
  message: "Hardcoded secret assigned to 'API_KEY'",
  redacted: 'sk-…[12 chars, #6039248a]',
  fingerprint: 'a'.repeat(32),
  context: 'source',
};

export const LOGGED: Finding = {
  ruleId: 'secrets/secret-in-log',
  category: 'secret-logging',
  severity: 'critical',
  path: 'app/main.py',
  line: 11,
  column: 3,
  message: "Variable 'API_KEY' is written to a log",
  fingerprint: 'b'.repeat(32),
  context: 'source',
};

export const IMAGE: Finding = {
  ruleId: 'images/latest-tag',
  category: 'image',
  severity: 'medium',
  path: 'k8s/deploy.yaml',
  line: 22,
  column: 18,
  message: "Image 'acme/api:latest' uses the mutable ':latest' tag",
  fingerprint: 'c'.repeat(32),
  context: 'source',
  suppression: { kind: 'inline', reason: 'pinned by the release job' },
};

export const ACCEPTED: Finding = { ...SECRET, line: 30, fingerprint: 'd'.repeat(32), severity: 'low', suppression: { kind: 'baseline', reason: 'accepted in baseline' } };

export function control(overrides: Partial<ControlResult> & Pick<ControlResult, 'id'>): ControlResult {
  return { title: `Title of ${overrides.id}`, risk: `Risk of ${overrides.id}.`, message: `${overrides.id} passes.`, evidence: [], remediation: [], status: 'pass', blocking: false, ...overrides };
}

export const SECRETLESS = control({
  id: 'secretless',
  title: 'No hardcoded secrets',
  status: 'fail',
  blocking: true,
  priority: 'P0',
  message: "Promotion blocked: 1 hardcoded secret and 1 secret-bearing value written to logs in workload 'api'.",
  risk: 'A secret in the tree is a secret in every clone.',
  evidence: [
    { path: 'app/main.py', line: 6, detail: "Hardcoded secret assigned to 'API_KEY': sk-…[12 chars, #6039248a]", finding: findingRef(SECRET) },
    { path: 'app/main.py', line: 11, detail: "Variable 'API_KEY' is written to a log", finding: findingRef(LOGGED) },
  ],
  remediation: ['Rotate each exposed credential now.', 'Read secrets at run time.'],
});

export const IDENTITY = control({
  id: 'identity',
  title: 'Managed identity',
  status: 'fail',
  blocking: true,
  priority: 'P0',
  message: "Promotion blocked: workload 'api' must use managed identity.",
  evidence: [
    { path: 'readiness.yaml', line: 10, detail: "identity.type is 'None'" },
    { path: 'k8s/deploy.yaml', line: 40, detail: 'AWS_ACCESS_KEY_ID set from a literal' },
  ],
  remediation: ['Set identity.type to SystemAssigned.'],
});

export const COST = control({ id: 'cost_guardrails', title: 'Cost guardrails', status: 'warn', priority: 'P2', message: 'No unit metrics.', evidence: [{ path: 'readiness.yaml', line: 20, detail: 'cost.unit_metrics is empty' }], remediation: ['Add unit metrics.'] });

export const RELEASE = control({ id: 'release', title: 'Release', status: 'waived', message: 'No rollback plan.', waiver: { reason: 'first release', approver: 'lead@example.com', expires: '2026-12-31' } });

export function workloadScore(overrides: Partial<WorkloadScore> = {}): WorkloadScore {
  return {
    name: 'api',
    manifest: 'readiness.yaml',
    tier: 'production',
    ready: false,
    level: 'prototype',
    score: 54,
    passedControls: 2,
    totalControls: 5,
    blocking: [IDENTITY.message, SECRETLESS.message],
    controls: [IDENTITY, SECRETLESS, COST, RELEASE, control({ id: 'monitoring', status: 'not_applicable', message: 'No model.' })],
    waivers: [],
    ...overrides,
  };
}

export const UNOWNED_FINDING: Finding = { ...SECRET, path: 'scripts/x.sh', line: 2, column: 1, message: 'Hardcoded password', redacted: undefined, fingerprint: 'e'.repeat(32) };

export const UNOWNED: RepositoryResult = {
  id: 'unowned_secrets',
  title: 'No hardcoded secrets outside workloads',
  status: 'fail',
  blocking: true,
  priority: 'P0',
  message: 'Promotion blocked: 1 hardcoded secret in 1 file no workload owns: scripts/x.sh.',
  risk: 'Unowned secret risk.',
  evidence: [{ path: 'scripts/x.sh', line: 2, detail: 'Hardcoded password', finding: findingRef(UNOWNED_FINDING) }],
  remediation: ['Rotate it.'],
};

export const NO_MANIFEST: RepositoryResult = {
  id: 'no_manifest',
  title: 'Readiness manifest',
  status: 'warn',
  blocking: false,
  priority: 'P1',
  message: 'No workload is declared.',
  risk: 'Nothing is checked.',
  evidence: [{ detail: 'no file matches the manifest globs' }],
  remediation: ['Add a readiness.yaml.'],
};

export function report(overrides: Partial<Report> = {}): Report {
  return {
    tool: { name: 'readiness-gate', version: '9.9.9' },
    ready: false,
    verdict: "Not ready: 'api' not ready.",
    policy: 'built-in default policy',
    scannedPath: '',
    workloads: [workloadScore()],
    findings: [SECRET, LOGGED, IMAGE],
    images: [],
    orphans: [],
    repository: { blocking: [], warnings: [], results: [] },
    stats: { filesListed: 12, filesScanned: 10, bytesScanned: 4096, skipped: {} },
    ...overrides,
  };
}
