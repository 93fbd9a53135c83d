import { scanDeployables } from '../../../src/scanners/deployables.js';
import { scanKubernetes } from '../../../src/scanners/kubernetes/index.js';
import type { ContainerFacts, HardeningCheck, SourceFile } from '../../../src/scanners/types.js';

const file = (path: string, text: string): SourceFile => ({ path, text, context: 'source' });
const check = (facts: ContainerFacts | undefined, id: HardeningCheck['id']): HardeningCheck => {
  const found = facts?.checks.find((c) => c.id === id);
  if (!found) throw new Error(`no ${id}`);
  return found;
};

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ai-risk-service
spec:
  selector:
    matchLabels: {app: ai-risk}
  template:
    metadata:
      labels:
        app: ai-risk
        tier: backend
    spec:
      securityContext:
        runAsNonRoot: true
      hostNetwork: true
      volumes:
        - name: docker
          hostPath:
            path: /var/run/docker.sock
      initContainers:
        - name: migrate
          image: acme/migrate:1.0
          resources:
            requests: {cpu: 50m, memory: 64Mi}
            limits: {memory: 128Mi}
      containers:
        - name: api
          image: acme/api:1.0
          securityContext:
            allowPrivilegeEscalation: false
            readOnlyRootFilesystem: true
            runAsUser: 0
          resources:
            requests:
              cpu: 100m
              memory: 128Mi
            limits:
              memory: 256Mi
          livenessProbe:
            httpGet: {path: /healthz, port: 8080}
          readinessProbe:
            httpGet: {path: /ready, port: 8080}
        - name: sidecar
          image: acme/sidecar:1.0
          securityContext:
            privileged: true
            allowPrivilegeEscalation: true
          resources:
            requests: {cpu: 10m}
`;

describe('scanKubernetes', () => {
  const facts = scanKubernetes(file('deploy/api.yaml', DEPLOYMENT));
  const [migrate, api, sidecar] = facts.containers;

  it('lists every container and init container with kind, name and pod template labels', () => {
    expect(facts.containers.map((c) => [c.kind, c.name, c.container, c.line])).toEqual([
      ['Deployment', 'ai-risk-service', 'migrate', 22],
      ['Deployment', 'ai-risk-service', 'api', 28],
      ['Deployment', 'ai-risk-service', 'sidecar', 44],
    ]);
    expect(api!.labels).toEqual({ app: 'ai-risk', tier: 'backend' });
    expect(api!.checks.map((c) => c.id)).toEqual([
      'run-as-non-root',
      'no-privilege-escalation',
      'read-only-root-fs',
      'not-privileged',
      'no-host-namespaces',
      'no-host-path',
      'resource-requests',
      'resource-limits',
      'liveness-probe',
      'readiness-probe',
    ]);
  });

  it('takes runAsNonRoot from the pod unless the container runs as root', () => {
    expect(check(migrate, 'run-as-non-root')).toMatchObject({ ok: true, line: 15 });
    expect(check(api, 'run-as-non-root')).toMatchObject({ ok: false, line: 33 });
    expect(check(api, 'run-as-non-root').detail).toMatch(/runAsUser is 0/);
  });

  it('points at the offending key or at the container name', () => {
    expect(check(api, 'no-privilege-escalation')).toMatchObject({ ok: true, line: 31 });
    expect(check(sidecar, 'no-privilege-escalation')).toMatchObject({ ok: false, line: 48 });
    expect(check(migrate, 'no-privilege-escalation')).toMatchObject({ ok: false, line: 22 });
    expect(check(migrate, 'no-privilege-escalation').detail).toMatch(/allowPrivilegeEscalation: false/);
    expect(check(api, 'read-only-root-fs')).toMatchObject({ ok: true, line: 32 });
    expect(check(sidecar, 'read-only-root-fs')).toMatchObject({ ok: false, line: 44 });
    expect(check(sidecar, 'not-privileged')).toMatchObject({ ok: false, line: 47 });
    expect(check(api, 'not-privileged').ok).toBe(true);
  });

  it('reports host namespaces and hostPath volumes for every container of the pod', () => {
    for (const container of facts.containers) {
      expect(check(container, 'no-host-namespaces')).toMatchObject({ ok: false, line: 16 });
      expect(check(container, 'no-host-path')).toMatchObject({ ok: false, line: 19 });
    }
    expect(check(api, 'no-host-path').detail).toContain('/var/run/docker.sock');
    expect(check(api, 'no-host-namespaces').detail).toContain('hostNetwork');
  });

  it('checks requests (cpu and memory) and a memory limit', () => {
    expect(check(api, 'resource-requests')).toMatchObject({ ok: true, line: 35 });
    expect(check(api, 'resource-limits')).toMatchObject({ ok: true, line: 38 });
    expect(check(sidecar, 'resource-requests')).toMatchObject({ ok: false, line: 50 });
    expect(check(sidecar, 'resource-requests').detail).toContain('resources.requests.memory');
    expect(check(sidecar, 'resource-limits')).toMatchObject({ ok: false, line: 49 });
  });

  it('requires probes on containers but exempts init containers', () => {
    expect(check(api, 'liveness-probe')).toMatchObject({ ok: true, line: 40 });
    expect(check(api, 'readiness-probe')).toMatchObject({ ok: true, line: 42 });
    expect(check(sidecar, 'liveness-probe')).toMatchObject({ ok: false, line: 44 });
    expect(check(migrate, 'liveness-probe')).toMatchObject({ ok: true });
    expect(check(migrate, 'readiness-probe').detail).toMatch(/init containers/);
  });

  it('lists the workload as a deployable', () => {
    expect(facts.deployables).toEqual([{ path: 'deploy/api.yaml', line: 1, kind: 'kubernetes', name: 'Deployment/ai-risk-service' }]);
  });

  it('reads NetworkPolicies, CronJobs, Lists, Rollouts and Knative services', () => {
    const text = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: default-deny}
spec:
  podSelector: {}
  policyTypes: [Ingress]
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: api}
spec:
  podSelector:
    matchLabels: {app: ai-risk}
    matchExpressions:
      - {key: tier, operator: In, values: [backend]}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: nightly}
spec:
  schedule: "@daily"
  jobTemplate:
    spec:
      template:
        metadata: {labels: {job: nightly}}
        spec:
          securityContext: {runAsUser: 1000}
          containers:
            - name: report
              image: acme/report:1
---
apiVersion: v1
kind: List
items:
  - apiVersion: argoproj.io/v1alpha1
    kind: Rollout
    metadata: {name: web}
    spec:
      template:
        metadata: {labels: {app: web}}
        spec:
          containers: [{name: web, image: "web:1"}]
  - apiVersion: serving.knative.dev/v1
    kind: Service
    metadata: {name: hello}
    spec:
      template:
        spec:
          containers: [{image: "hello:1"}]
  - apiVersion: v1
    kind: Service
    metadata: {name: plain}
    spec: {ports: [{port: 80}]}
`;
    const result = scanKubernetes(file('k8s/mixed.yaml', text));
    expect(result.networkPolicies).toEqual([
      { path: 'k8s/mixed.yaml', line: 1, name: 'default-deny', podSelector: {} },
      { path: 'k8s/mixed.yaml', line: 8, name: 'api', podSelector: { app: 'ai-risk', tier: 'backend' } },
    ]);
    expect(result.containers.map((c) => [c.kind, c.name, c.container, c.labels])).toEqual([
      ['CronJob', 'nightly', 'report', { job: 'nightly' }],
      ['Rollout', 'web', 'web', { app: 'web' }],
      ['Service', 'hello', 'container-0', {}],
    ]);
    const report = result.containers[0]!;
    expect(check(report, 'run-as-non-root')).toMatchObject({ ok: true, line: 27 });
    expect(check(report, 'liveness-probe')).toMatchObject({ ok: true });
    expect(check(report, 'liveness-probe').detail).toMatch(/run to completion/);
    expect(result.deployables.map((d) => d.name)).toEqual(['CronJob/nightly', 'Rollout/web', 'Service/hello']);
  });

  it('reads Argo Workflow templates and Tekton steps with probes not applicable', () => {
    const text = `apiVersion: argoproj.io/v1alpha1
kind: WorkflowTemplate
metadata: {name: build}
spec:
  securityContext: {runAsNonRoot: true}
  templates:
    - name: compile
      container:
        image: golang:1.22
        securityContext: {allowPrivilegeEscalation: false}
---
apiVersion: tekton.dev/v1
kind: Task
metadata: {name: lint}
spec:
  stepTemplate:
    securityContext: {runAsUser: 1001}
  steps:
    - name: lint
      image: golangci/golangci-lint:v1.59
`;
    const result = scanKubernetes(file('ci/build.yaml', text));
    expect(result.containers.map((c) => [c.kind, c.container])).toEqual([
      ['WorkflowTemplate', 'compile'],
      ['Task', 'lint'],
    ]);
    const [compile, lint] = result.containers;
    expect(check(compile, 'run-as-non-root')).toMatchObject({ ok: true, line: 5 });
    expect(check(compile, 'no-privilege-escalation')).toMatchObject({ ok: true, line: 10 });
    expect(check(compile, 'readiness-probe').ok).toBe(true);
    expect(check(lint, 'run-as-non-root')).toMatchObject({ ok: true, line: 17 });
  });

  it('lists Helm template workloads as deployables without hardening facts', () => {
    const text = `{{- if .Values.enabled }}
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "web.fullname" . }}
  labels:
    {{- include "web.labels" . | nindent 4 }}
spec:
  template:
    spec:
      containers:
        - name: web
          image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"
{{- end }}
---
apiVersion: v1
kind: Service
metadata:
  name: web
`;
    expect(scanKubernetes(file('charts/web/templates/deployment.yaml', text))).toEqual({
      containers: [],
      networkPolicies: [],
      deployables: [
        { path: 'charts/web/templates/deployment.yaml', line: 2, kind: 'kubernetes', name: 'Deployment/{{ include "web.fullname" . }}' },
      ],
    });
  });

  it('never throws and ignores non-Kubernetes YAML, templates and broken files', () => {
    expect(scanKubernetes(file('charts/x/templates/d.yaml', '{{- if .Values.x }}\napiVersion: v1\nkind: ConfigMap\n{{- end }}\n'))).toEqual({
      containers: [],
      networkPolicies: [],
      deployables: [],
    });
    expect(scanKubernetes(file('x.yaml', 'apiVersion: v1\nkind: Pod\nspec:\n  containers: [\n'))).toEqual({
      containers: [],
      networkPolicies: [],
      deployables: [],
    });
    expect(scanKubernetes(file('openapi.yaml', 'openapi: 3.0.0\ninfo: {title: x, kind: y}\n')).containers).toEqual([]);
    expect(scanKubernetes(file('Dockerfile', 'FROM x')).containers).toEqual([]);
  });
});

describe('scanDeployables', () => {
  it('lists a Dockerfile once, at the FROM of its final stage', () => {
    const text = 'ARG V=1\nFROM golang:1.22 AS build\nRUN make\n\nFROM gcr.io/distroless/static\nCOPY --from=build /app /app\n';
    expect(scanDeployables(file('services/api/Dockerfile', text))).toEqual([
      { path: 'services/api/Dockerfile', line: 5, kind: 'dockerfile', name: 'api' },
    ]);
    expect(scanDeployables(file('Dockerfile.worker', '# empty\n'))).toEqual([
      { path: 'Dockerfile.worker', line: 1, kind: 'dockerfile', name: 'worker' },
    ]);
  });

  it('lists compose services, including build-only ones', () => {
    const text = 'services:\n  web:\n    image: nginx:1.27\n  api:\n    build: ./api\nvolumes:\n  data: {}\n';
    expect(scanDeployables(file('docker-compose.yml', text))).toEqual([
      { path: 'docker-compose.yml', line: 2, kind: 'compose-service', name: 'web' },
      { path: 'docker-compose.yml', line: 4, kind: 'compose-service', name: 'api' },
    ]);
  });

  it('lists Kubernetes workloads', () => {
    expect(scanDeployables(file('deploy/api.yaml', DEPLOYMENT))).toEqual([
      { path: 'deploy/api.yaml', line: 1, kind: 'kubernetes', name: 'Deployment/ai-risk-service' },
    ]);
  });
});
