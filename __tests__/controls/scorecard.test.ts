import { loadManifestText } from '../../src/manifest/load.js';
import { defaultPolicy, type Policy } from '../../src/policy/policy.js';
import { scoreWorkload } from '../../src/scorecard/scorecard.js';
import type { WorkloadFacts } from '../../src/controls/types.js';
import { collectReferencedPaths } from '../../src/engine/referenced-paths.js';
import { scanTelemetry } from '../../src/scanners/evidence/telemetry.js';
import type { ContainerFacts, Finding } from '../../src/scanners/types.js';
import { cleanupTrees, makeTree } from '../helpers/tmp-tree.js';
import { FULL } from '../helpers/workload.js';

afterAll(cleanupTrees);

const NOW = new Date('2026-11-23T12:00:00Z');


const FILES: Record<string, string> = {
  'RUNBOOK.md': '# runbook',
  'ROLLBACK.md': '# rollback',
  'CHANGELOG.md': '# changes',
  'contracts/orders.v1.json': '{}',
  'requirements.txt': 'opentelemetry-sdk==1.0\nprometheus-client==0.1\n',
};

function score(manifest: string, opts: { files?: Record<string, string>; facts?: Partial<WorkloadFacts>; policy?: Partial<Policy> } = {}) {
  const files: Record<string, string> = { ...FILES, ...(opts.files ?? {}), "readiness.yaml": manifest };
  const root = makeTree(files);
  const { workload, errors } = loadManifestText(root, 'readiness.yaml', manifest);
  if (!workload) throw new Error(JSON.stringify(errors));
  const policy = { ...defaultPolicy(), apiCatalog: ['risk-read'], ...(opts.policy ?? {}) };
  const list = Object.keys(files).sort();
  const telemetry = list.flatMap((path) => scanTelemetry({ path, text: files[path]!, context: 'source' }));
  const paths = collectReferencedPaths(root, list, [workload], 1 << 20);
  const facts: WorkloadFacts = { findings: [], images: [], containers: [], networkPolicies: [], telemetry, exposures: [], paths, ...(opts.facts ?? {}) };
  return scoreWorkload(workload, facts, policy, (f) => !f.suppression, NOW);
}

const status = (s: ReturnType<typeof score>, id: string) => s.controls.find((c) => c.id === id)!;

const secret: Finding = { ruleId: 'secrets/generic', category: 'secret', severity: 'high', path: 'app.py', line: 3, column: 5, message: 'Hardcoded password', redacted: 'Sup…[12 chars, #abcd1234]', fingerprint: 'f'.repeat(32), context: 'source' };

describe('scorecard', () => {
  it('a complete workload is ready at production level with score 100', () => {
    const s = score(FULL);
    expect(s.controls.filter((c) => c.status !== 'pass' && c.status !== 'not_applicable')).toEqual([]);
    expect(s).toMatchObject({ ready: true, level: 'production', score: 100, blocking: [] });
  });

  it('a missing runbook file fails ownership with the manifest line', () => {
    const s = score(FULL.replace('RUNBOOK.md', 'docs/missing.md'));
    expect(status(s, 'ownership')).toMatchObject({ status: 'fail', blocking: true, priority: 'P0' });
    expect(status(s, 'ownership').evidence).toContainEqual({ path: 'readiness.yaml', line: 13, detail: "runbook 'docs/missing.md' does not exist in the repository (checked docs/missing.md; paths are relative to the manifest)" });
  });

  it('telemetry claimed without any dependency or collector is a warning, not a pass', () => {
    const s = score(FULL, { files: { 'requirements.txt': 'flask==3.0\n' } });
    expect(status(s, 'telemetry')).toMatchObject({ status: 'warn', blocking: false, priority: 'P1' });
    expect(s.ready).toBe(true);
  });

  it('an identity claim contradicted by a key in a deployment file fails', () => {
    const s = score(FULL, { facts: { findings: [{ ...secret, path: 'k8s/deploy.yaml' }] } });
    expect(status(s, 'identity').status).toBe('fail');
    expect(status(s, 'identity').message).toMatch(/claims SystemAssigned identity but its deployment files carry static credentials/);
    expect(JSON.stringify(s)).not.toContain('SuperSecret');
  });

  it('a hardcoded secret blocks; an accepted one does not', () => {
    expect(status(score(FULL, { facts: { findings: [secret] } }), 'secretless')).toMatchObject({ status: 'fail', message: "Promotion blocked: 1 hardcoded secret in workload 'svc'." });
    const accepted = { ...secret, suppression: { kind: 'inline' as const, reason: 'test fixture' } };
    expect(status(score(FULL, { facts: { findings: [accepted] } }), 'secretless').status).toBe('pass');
  });

  it('broad roles and scopes fail least privilege', () => {
    const s = score(FULL.replace('tool_scopes: [customer-risk-read]', 'tool_scopes: [all-datasets]').replace('role: db_datareader', 'role: Owner'));
    expect(status(s, 'least_privilege').message).toBe("Promotion blocked: workload 'svc' is not least-privilege: broad access granted: role 'Owner', tool scope 'all-datasets'.");
    expect(status(s, 'least_privilege').evidence.map((e) => e.line)).toEqual([7, 8]);
  });

  it('shared build and run credentials fail least privilege', () => {
    const s = score(FULL.replace('run_time: managed-identity', 'run_time: GitHub-OIDC'));
    expect(status(s, 'least_privilege').message).toMatch(/build-time and run-time credentials are the same/);
  });

  it('an experiment is classified, not failed: it needs an owner and no secrets', () => {
    const s = score('apiVersion: readiness-gate/v1\nname: svc\ntier: experiment\nownership: { team: t, on_call: pd, escalation: lead, runbook: RUNBOOK.md }\n');
    expect(s).toMatchObject({ ready: true, level: 'experiment' });
    expect(status(s, 'telemetry')).toMatchObject({ status: 'warn', priority: 'P1', blocking: false });
    const withSecret = score('apiVersion: readiness-gate/v1\nname: svc\ntier: experiment\nownership: { team: t, on_call: pd, escalation: lead, runbook: RUNBOOK.md }\n', { facts: { findings: [secret] } });
    expect(withSecret).toMatchObject({ ready: false, level: 'prototype' });
  });

  it('a disconnected workload may not claim public endpoints', () => {
    const s = score(FULL.replace('deployment_boundary: public', 'deployment_boundary: disconnected').replace('{ name: risk-read,', '{ name: risk-read, exposure: public,'));
    expect(status(s, 'deployment_boundary')).toMatchObject({ status: 'fail', message: "Promotion blocked: workload 'svc' is disconnected but has public endpoints: API 'risk-read'." });
  });

  it('waivers: a valid one waives, an expired or non-waivable one fails visibly', () => {
    const noBudget = FULL.replace('cost: { monthly_budget: 100, unit_metrics: [cost_per_workflow] }\n', '');
    const waive = (control: string, expires: string) => `${noBudget}waivers:\n  - { control: ${control}, reason: launch first, approver: cfo, expires: ${expires} }\n`;
    const valid = score(waive('cost_guardrails', '2026-12-31'));
    expect(status(valid, 'cost_guardrails')).toMatchObject({ status: 'waived', waiver: { approver: 'cfo', expires: '2026-12-31' } });
    expect(valid.ready).toBe(true);
    const expired = score(waive('cost_guardrails', '2026-11-01'));
    expect(expired.ready).toBe(false);
    expect(expired.blocking).toContain("Promotion blocked: waiver for 'cost_guardrails' expired on 2026-11-01.");
    const tooLong = score(waive('cost_guardrails', '2027-11-01'));
    expect(tooLong.blocking[tooLong.blocking.length - 1]).toMatch(/runs 343 days; the policy allows at most 90/);
    const identity = score(waive('identity', '2026-12-31'));
    expect(identity.blocking).toContain("Promotion blocked: waiver for 'identity' is not allowed: the policy makes identity non-waivable.");
  });

  it('unpinned images fail, templated ones warn', () => {
    const img = (status: 'latest' | 'unresolved' | 'digest') => ({ path: 'k8s/d.yaml', line: 9, column: 18, image: status === 'latest' ? 'app:latest' : '${IMG}', status, source: 'kubernetes' as const });
    expect(status(score(FULL, { facts: { images: [img('latest')] } }), 'image_pinning')).toMatchObject({ status: 'fail', evidence: [{ path: 'k8s/d.yaml', line: 9, detail: "'app:latest' uses :latest" }] });
    expect(status(score(FULL, { facts: { images: [img('unresolved')] } }), 'image_pinning').status).toBe('warn');
    expect(status(score(FULL), 'image_pinning').status).toBe('not_applicable');
  });

  it('container hardening needs every check and a NetworkPolicy selecting the pods', () => {
    const container: ContainerFacts = { path: 'k8s/d.yaml', line: 5, kind: 'Deployment', name: 'svc', container: 'app', labels: { app: 'svc' }, checks: [{ id: 'run-as-non-root', ok: false, line: 7, detail: 'set runAsNonRoot: true' }] };
    const s = score(FULL, { facts: { containers: [container] } });
    expect(status(s, 'container_hardening').evidence.map((e) => e.detail)).toEqual(["Deployment/svc container 'app': set runAsNonRoot: true", 'Deployment/svc is not selected by any NetworkPolicy']);
    const ok = { ...container, checks: [{ ...container.checks[0]!, ok: true }] };
    const covered = score(FULL, { facts: { containers: [ok], networkPolicies: [{ path: 'k8s/np.yaml', line: 1, name: 'np', podSelector: { app: 'svc' } }] } });
    expect(status(covered, 'container_hardening').status).toBe('pass');
  });

  it('data contracts must exist and be versioned', () => {
    const s = score(FULL.replace('contracts/orders.v1.json', 'contracts/orders.json'), { files: { 'contracts/orders.json': '{"type":"object"}' } });
    expect(status(s, 'data_contracts').message).toMatch(/contracts\/orders.json is not versioned/);
  });
});
