import { identityControl } from '../../src/controls/identity.js';
import { FULL, FULL_BLOCK, edit, evaluate, secretFinding, without } from '../helpers/workload.js';

const FIXES = [
  'Set identity.type to one of: SystemAssigned, UserAssigned, WorkloadIdentityFederation, IRSA, GCPWorkloadIdentity.',
  'Assign the identity to the runtime (managed identity, workload identity federation, IRSA or GCP workload identity) and grant it scoped roles.',
  'Delete the static keys and connection strings the workload used instead.',
];

describe('identity', () => {
  it('passes on an allowed managed identity, with the claim as evidence', () => {
    expect(evaluate(identityControl, FULL)).toEqual({
      status: 'pass',
      message: "Workload 'svc' uses SystemAssigned identity.",
      evidence: [{ path: 'readiness.yaml', line: 5, detail: "identity.type is 'SystemAssigned'" }],
      remediation: [],
    });
  });

  it.each(['None', 'StaticKey'])('fails on identity.type %s', (type) => {
    expect(evaluate(identityControl, edit(FULL, 'type: SystemAssigned', `type: ${type}`))).toEqual({
      status: 'fail',
      message: "workload 'svc' must use managed identity.",
      evidence: [{ path: 'readiness.yaml', line: 5, detail: `identity.type is '${type}'` }],
      remediation: FIXES,
    });
  });

  it('fails when no identity is declared, pointing at the name', () => {
    expect(evaluate(identityControl, without(FULL, 'identity'))).toEqual({
      status: 'fail',
      message: "workload 'svc' must use managed identity.",
      evidence: [{ path: 'readiness.yaml', line: 2, detail: 'no identity declared' }],
      remediation: FIXES,
    });
  });

  it('fails on a managed identity the policy does not allow, listing the allowed ones', () => {
    const outcome = evaluate(identityControl, FULL, { policy: { identityAllowed: ['IRSA'] } });
    expect(outcome.status).toBe('fail');
    expect(outcome.remediation[0]).toBe('Set identity.type to one of: IRSA.');
  });

  it('fails when a blocking secret sits in a deployment file, with the claim and each key', () => {
    const findings = [
      secretFinding({ path: 'k8s/deploy.yaml', line: 7 }),
      secretFinding({ path: 'Dockerfile', line: 2, redacted: undefined }),
      secretFinding({ path: 'config/.env.prod', line: 1 }),
    ];
    expect(evaluate(identityControl, FULL, { facts: { findings } })).toEqual({
      status: 'fail',
      message: "workload 'svc' claims SystemAssigned identity but its deployment files carry static credentials.",
      evidence: [
        { path: 'readiness.yaml', line: 5, detail: "identity.type is 'SystemAssigned'" },
        { path: 'k8s/deploy.yaml', line: 7, detail: 'Hardcoded password (Sup…[12 chars, #abcd1234])' },
        { path: 'Dockerfile', line: 2, detail: 'Hardcoded password (secrets/generic)' },
        { path: 'config/.env.prod', line: 1, detail: 'Hardcoded password (Sup…[12 chars, #abcd1234])' },
      ],
      remediation: ['Remove the static credentials from the deployment files and let the managed identity authenticate.', 'Rotate every credential that was committed.'],
    });
  });

  it.each([
    ['source files are not deployment files', secretFinding({ path: 'app/main.py' })],
    ['a suppressed finding does not contradict', secretFinding({ path: 'k8s/deploy.yaml', suppression: { kind: 'inline', reason: 'fixture' } })],
    ['a logged value is not a static credential', secretFinding({ path: 'k8s/deploy.yaml', category: 'secret-logging' })],
    ['an image finding is not a credential', secretFinding({ path: 'k8s/deploy.yaml', category: 'image' })],
  ])('passes: %s', (_, finding) => {
    expect(evaluate(identityControl, FULL, { facts: { findings: [finding] } }).status).toBe('pass');
  });

  it.each(['k8s/deploy.yml', 'infra/main.tf', 'infra/prod.tfvars', 'infra/main.bicep', 'app.properties', 'conf/app.ini', 'pyproject.toml', 'nginx.conf', 'Dockerfile.prod', 'build/Containerfile', '.env', 'config/.env.local'])(
    'a key in the deployment file %s contradicts the claim',
    (path) => {
      expect(evaluate(identityControl, FULL, { facts: { findings: [secretFinding({ path })] } }).status).toBe('fail');
    },
  );

  it.each(['notes.yaml.md', 'docs/Dockerfile/notes.py', '.env.d/loader.py', 'app/settings.py'])('a key in %s is not in a deployment file', (path) => {
    expect(evaluate(identityControl, FULL, { facts: { findings: [secretFinding({ path })] } }).status).toBe('pass');
  });

  it('a finding policy ranks non-blocking does not contradict the claim', () => {
    const outcome = evaluate(identityControl, FULL, { facts: { findings: [secretFinding({ path: 'k8s/deploy.yaml' })] }, isBlocking: () => false });
    expect(outcome.status).toBe('pass');
  });

  it('caps the evidence of thousands of contradictions', () => {
    const findings = Array.from({ length: 2000 }, (_, i) => secretFinding({ path: `k8s/d${i}.yaml` }));
    const outcome = evaluate(identityControl, FULL, { facts: { findings } });
    expect(outcome.evidence).toHaveLength(21);
    expect(outcome.evidence[20]).toEqual({ detail: 'and 1,981 more' });
  });
});

it('identity names itself, its title and its risk', () => {
  expect([identityControl.id, identityControl.title, identityControl.risk]).toEqual(["identity", "Managed identity", "Copied credentials can be leaked, replayed and never rotated; a managed identity removes them."]);
});

it('evidence points at identity.type in a block-style manifest', () => {
  expect(evaluate(identityControl, FULL_BLOCK).evidence).toEqual([{ path: 'readiness.yaml', line: 6, detail: "identity.type is 'SystemAssigned'" }]);
  expect(evaluate(identityControl, edit(FULL_BLOCK, 'type: SystemAssigned', 'type: None')).evidence[0]!.line).toBe(6);
  expect(evaluate(identityControl, FULL_BLOCK, { facts: { findings: [secretFinding({ path: 'k8s/d.yaml' })] } }).evidence[0]!.line).toBe(6);
});
