import { deploymentBoundaryControl } from '../../src/controls/deployment-boundary.js';
import type { ExposureFacts } from '../../src/scanners/types.js';
import { FULL, FULL_BLOCK, edit, evaluate, without } from '../helpers/workload.js';

const disconnected = edit(FULL, 'deployment_boundary: public', 'deployment_boundary: disconnected');
const publicApi = edit(disconnected, '{ name: risk-read,', '{ name: risk-read, exposure: public,');
const ingress: ExposureFacts = { path: 'k8s/ing.yaml', line: 1, kind: 'Ingress', name: 'web', via: 'Ingress' };
const lb: ExposureFacts = { path: 'k8s/svc.yaml', line: 5, kind: 'Service', name: 'api', via: 'LoadBalancer' };
const nodePort: ExposureFacts = { path: 'k8s/svc.yaml', line: 20, kind: 'Service', name: 'debug', via: 'NodePort' };
const internalLb: ExposureFacts = { ...lb, internalAnnotation: 'service.beta.kubernetes.io/azure-load-balancer-internal' };
const API_FIX = 'Set exposure: internal or private on every API of a disconnected workload, or change the deployment boundary.';
const K8S_FIX = 'Remove the Ingress and the LoadBalancer or NodePort Services of a disconnected workload (use ClusterIP or an internal load balancer), or change the deployment boundary.';

describe('deployment_boundary', () => {
  it('fails when no boundary is chosen', () => {
    expect(evaluate(deploymentBoundaryControl, without(FULL, 'deployment_boundary'))).toEqual({
      status: 'fail',
      message: "workload 'svc' has not chosen a deployment boundary.",
      evidence: [{ path: 'readiness.yaml', line: 2, detail: 'deployment_boundary is not set' }],
      remediation: ['Set deployment_boundary to public, hybrid, sovereign or disconnected, and design identity and data movement for it.'],
    });
  });

  it('a boundary that allows public endpoints passes, whatever is exposed', () => {
    expect(evaluate(deploymentBoundaryControl, edit(publicApi, 'disconnected', 'public'), { facts: { exposures: [ingress] } })).toEqual({
      status: 'pass',
      message: 'Deployment boundary: public.',
      evidence: [],
      remediation: [],
    });
  });

  it('a disconnected workload with nothing exposed passes', () => {
    expect(evaluate(deploymentBoundaryControl, disconnected).message).toBe('Deployment boundary: disconnected; no public endpoints.');
  });

  it('an internal load balancer is not a public endpoint', () => {
    expect(evaluate(deploymentBoundaryControl, disconnected, { facts: { exposures: [internalLb] } }).status).toBe('pass');
  });

  it('a public API fails with the API fix only', () => {
    expect(evaluate(deploymentBoundaryControl, publicApi)).toEqual({
      status: 'fail',
      message: "workload 'svc' is disconnected but has public endpoints: API 'risk-read'.",
      evidence: [{ path: 'readiness.yaml', line: 12, detail: "'risk-read' is exposed publicly" }],
      remediation: [API_FIX],
    });
  });

  it('an internal or private API is not exposed', () => {
    expect(evaluate(deploymentBoundaryControl, edit(disconnected, '{ name: risk-read,', '{ name: risk-read, exposure: private,')).status).toBe('pass');
  });

  it('Kubernetes exposure fails with the Kubernetes fix only, each object with its file and line', () => {
    expect(evaluate(deploymentBoundaryControl, disconnected, { facts: { exposures: [ingress, lb, nodePort] } })).toEqual({
      status: 'fail',
      message: "workload 'svc' is disconnected but has public endpoints: Ingress/web, Service/api (type LoadBalancer), Service/debug (type NodePort).",
      evidence: [
        { path: 'k8s/ing.yaml', line: 1, detail: 'Ingress/web exposes the workload outside the cluster' },
        { path: 'k8s/svc.yaml', line: 5, detail: 'Service/api (type LoadBalancer) exposes the workload outside the cluster' },
        { path: 'k8s/svc.yaml', line: 20, detail: 'Service/debug (type NodePort) exposes the workload outside the cluster' },
      ],
      remediation: [K8S_FIX],
    });
  });

  it('the policy decides which boundaries allow public endpoints', () => {
    const policy = { boundaries: { ...defaultBoundaries(), sovereign: { allowPublicEndpoints: false, block: [] } } };
    const outcome = evaluate(deploymentBoundaryControl, edit(FULL, 'deployment_boundary: public', 'deployment_boundary: sovereign'), { policy, facts: { exposures: [ingress] } });
    expect(outcome.message).toBe("workload 'svc' is sovereign but has public endpoints: Ingress/web.");
    expect(outcome.remediation).toEqual([K8S_FIX.replace('disconnected', 'sovereign')]);
  });

  it('both kinds of exposure: both fixes; a long list capped', () => {
    const exposures = Array.from({ length: 30 }, (_, i) => ({ ...ingress, name: `web${i}` }));
    const outcome = evaluate(deploymentBoundaryControl, publicApi, { facts: { exposures } });
    expect(outcome.remediation).toEqual([API_FIX, K8S_FIX]);
    expect(outcome.message).toMatch(/public endpoints: API 'risk-read', Ingress\/web0, .* and 21 more\.$/);
    expect(outcome.evidence).toHaveLength(21);
  });
});

function defaultBoundaries() {
  return {
    public: { allowPublicEndpoints: true, block: [] },
    hybrid: { allowPublicEndpoints: true, block: [] },
    sovereign: { allowPublicEndpoints: true, block: [] },
    disconnected: { allowPublicEndpoints: false, block: [] },
  };
}

it('deployment_boundary names itself, its title and its risk', () => {
  expect([deploymentBoundaryControl.id, deploymentBoundaryControl.title, deploymentBoundaryControl.risk]).toEqual(["deployment_boundary", "Deployment boundary", "Sovereign, hybrid or disconnected targets change identity, data movement and support; choosing late means re-architecting."]);
});

it('a public API points at its exposure line', () => {
  const m = edit(edit(FULL_BLOCK, 'deployment_boundary: public', 'deployment_boundary: disconnected'), 'exposure: internal', 'exposure: public');
  expect(evaluate(deploymentBoundaryControl, m).evidence).toEqual([{ path: 'readiness.yaml', line: 22, detail: "'risk-read' is exposed publicly" }]);
});
