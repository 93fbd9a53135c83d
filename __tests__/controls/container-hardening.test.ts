import { containerHardeningControl } from '../../src/controls/container-hardening.js';
import type { ContainerFacts, HardeningCheck, NetworkPolicyFacts } from '../../src/scanners/types.js';
import { evaluate, FULL } from '../helpers/workload.js';

const FIX: Record<HardeningCheck['id'], string> = {
  'run-as-non-root': 'Set securityContext.runAsNonRoot: true (and a non-zero runAsUser).',
  'no-privilege-escalation': 'Set securityContext.allowPrivilegeEscalation: false.',
  'read-only-root-fs': 'Set securityContext.readOnlyRootFilesystem: true, with an emptyDir where the app must write.',
  'not-privileged': 'Set securityContext.privileged: false.',
  'no-host-namespaces': 'Remove hostNetwork, hostPID and hostIPC from the pod spec.',
  'no-host-path': 'Replace hostPath volumes with emptyDir, a ConfigMap or a PersistentVolumeClaim.',
  'resource-requests': 'Set resources.requests (cpu, memory) on every container.',
  'resource-limits': 'Set resources.limits (cpu, memory) on every container.',
  'liveness-probe': 'Add a livenessProbe to every long-running container.',
  'readiness-probe': 'Add a readinessProbe to every long-running container.',
};
const NP_FIX = "Add a NetworkPolicy whose podSelector matches the workload's pod labels.";

const container = (checks: HardeningCheck[], over: Partial<ContainerFacts> = {}): ContainerFacts => ({ path: 'k8s/d.yaml', line: 5, kind: 'Deployment', name: 'svc', container: 'app', labels: { app: 'svc', tier: 'web' }, checks, ...over });
const ok = (id: HardeningCheck['id']): HardeningCheck => ({ id, ok: true, line: 7, detail: 'fine' });
const bad = (id: HardeningCheck['id'], line = 7): HardeningCheck => ({ id, ok: false, line, detail: `fix ${id}` });
const np = (podSelector: Record<string, string>): NetworkPolicyFacts => ({ path: 'k8s/np.yaml', line: 1, name: 'np', podSelector });

describe('container_hardening', () => {
  it('is not applicable without containers', () => {
    expect(evaluate(containerHardeningControl, FULL)).toEqual({ status: 'not_applicable', message: "No Kubernetes containers in the workload's files.", evidence: [], remediation: [] });
  });

  it('passes when every check holds and a policy selects the pods', () => {
    expect(evaluate(containerHardeningControl, FULL, { facts: { containers: [container([ok('run-as-non-root')])], networkPolicies: [np({ app: 'svc' })] } })).toEqual({
      status: 'pass',
      message: '1 container hardened and covered by a NetworkPolicy.',
      evidence: [],
      remediation: [],
    });
    const two = [container([]), container([], { container: 'sidecar' })];
    expect(evaluate(containerHardeningControl, FULL, { facts: { containers: two, networkPolicies: [np({})] } }).message).toBe('2 containers hardened and covered by a NetworkPolicy.');
  });

  it.each(Object.keys(FIX) as HardeningCheck['id'][])('a failing %s check gets its own fix only', (id) => {
    expect(evaluate(containerHardeningControl, FULL, { facts: { containers: [container([ok('readiness-probe'), bad(id, 9)])], networkPolicies: [np({ app: 'svc' })] } })).toEqual({
      status: 'fail',
      message: "1 container hardening gap in workload 'svc'.",
      evidence: [{ path: 'k8s/d.yaml', line: 9, detail: `Deployment/svc container 'app': fix ${id}` }],
      remediation: [FIX[id]],
    });
  });

  it.each([
    ['no policy at all', []],
    ['a policy for other pods', [np({ app: 'other' })]],
    ['a policy that needs a label the pods lack', [np({ app: 'svc', zone: 'a' })]],
  ])('pods not selected by a NetworkPolicy fail: %s', (_, networkPolicies) => {
    expect(evaluate(containerHardeningControl, FULL, { facts: { containers: [container([]), container([], { container: 'sidecar' })], networkPolicies } })).toEqual({
      status: 'fail',
      message: "1 container hardening gap in workload 'svc'.",
      evidence: [{ path: 'k8s/d.yaml', line: 5, detail: 'Deployment/svc is not selected by any NetworkPolicy' }],
      remediation: [NP_FIX],
    });
  });

  it('every gap counts; fixes are listed once each', () => {
    const containers = [container([bad('run-as-non-root'), bad('liveness-probe')]), container([bad('run-as-non-root')], { kind: 'StatefulSet', name: 'db', line: 30 })];
    const outcome = evaluate(containerHardeningControl, FULL, { facts: { containers } });
    expect(outcome.message).toBe("5 container hardening gaps in workload 'svc'.");
    expect(outcome.remediation).toEqual([FIX['run-as-non-root'], FIX['liveness-probe'], NP_FIX]);
    expect(outcome.evidence.map((e) => e.detail)).toEqual([
      "Deployment/svc container 'app': fix run-as-non-root",
      "Deployment/svc container 'app': fix liveness-probe",
      "StatefulSet/db container 'app': fix run-as-non-root",
      'Deployment/svc is not selected by any NetworkPolicy',
      'StatefulSet/db is not selected by any NetworkPolicy',
    ]);
  });

  it('thousands of gaps: counted with separators, evidence capped', () => {
    const containers = Array.from({ length: 1200 }, (_, i) => container([bad('read-only-root-fs')], { name: `svc${i}` }));
    const outcome = evaluate(containerHardeningControl, FULL, { facts: { containers, networkPolicies: [np({})] } });
    expect(outcome.message).toBe("1,200 container hardening gaps in workload 'svc'.");
    expect(outcome.evidence).toHaveLength(21);
  });
});

it('container_hardening names itself, its title and its risk', () => {
  expect([containerHardeningControl.id, containerHardeningControl.title, containerHardeningControl.risk]).toEqual(["container_hardening", "Container hardening", "A root, writable, privileged container without probes or limits turns one bug into a node compromise or an outage."]);
});
