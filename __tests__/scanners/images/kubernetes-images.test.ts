import { scanImages } from '../../../src/scanners/images/index.js';
import type { ImageReference, SourceFile } from '../../../src/scanners/types.js';

const file = (path: string, text: string): SourceFile => ({ path, text, context: 'source' });
const rows = (refs: ImageReference[]) => refs.map((r) => [r.line, r.column, r.image, r.status, r.container]);
const D = `sha256:${'0123456789abcdef'.repeat(4)}`;

describe('Kubernetes manifests', () => {
  it('reads containers, initContainers and ephemeralContainers of a Deployment', () => {
    const text = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  labels:
    image: not-an-image-label
spec:
  replicas: 2
  template:
    metadata:
      labels:
        app: api
    spec:
      initContainers:
        - name: migrate
          image: "ghcr.io/acme/migrate:2.1.0"
      containers:
        - name: api
          image: ghcr.io/acme/api@${D}
          env:
            - name: IMAGE
              value: nginx:latest
        - name: proxy
          image: envoyproxy/envoy
      ephemeralContainers:
        - name: debug
          image: busybox:latest
`;
    expect(rows(scanImages(file('deploy/api.yaml', text)))).toEqual([
      [16, 19, 'ghcr.io/acme/migrate:2.1.0', 'tagged', 'migrate'],
      [19, 18, `ghcr.io/acme/api@${D}`, 'digest', 'api'],
      [24, 18, 'envoyproxy/envoy', 'untagged', 'proxy'],
      [27, 18, 'busybox:latest', 'latest', 'debug'],
    ]);
    expect(scanImages(file('deploy/api.yaml', text)).every((r) => r.source === 'kubernetes')).toBe(true);
  });

  it('reads multi-document files with a CronJob, a Pod and a List', () => {
    const text = `apiVersion: batch/v1
kind: CronJob
metadata: {name: nightly}
spec:
  schedule: "0 3 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: report
              image: acme/report:1.4
---
apiVersion: v1
kind: List
items:
  - apiVersion: v1
    kind: Pod
    metadata: {name: one}
    spec:
      containers: [{name: c, image: "redis:7.2"}]
  - apiVersion: apps/v1
    kind: DaemonSet
    metadata: {name: agent}
    spec:
      template:
        spec:
          containers:
            - {name: agent, image: datadog/agent}
---
apiVersion: v1
kind: ConfigMap
metadata: {name: cfg}
data:
  image: nginx:latest
`;
    expect(rows(scanImages(file('k8s/all.yml', text)))).toEqual([
      [13, 22, 'acme/report:1.4', 'tagged', 'report'],
      [22, 38, 'redis:7.2', 'tagged', 'c'],
      [30, 36, 'datadog/agent', 'untagged', 'agent'],
    ]);
  });

  it('reads StatefulSet, ReplicaSet, Job and ReplicationController', () => {
    const kinds = ['StatefulSet', 'ReplicaSet', 'Job', 'ReplicationController'];
    const text = kinds
      .map(
        (kind, i) => `apiVersion: v1
kind: ${kind}
metadata:
  name: w${i}
spec:
  template:
    spec:
      containers:
        - name: c${i}
          image: app${i}:1.${i}
`,
      )
      .join('---\n');
    const refs = scanImages(file('manifests/workloads.yaml', text));
    expect(refs.map((r) => r.image)).toEqual(['app0:1.0', 'app1:1.1', 'app2:1.2', 'app3:1.3']);
  });

  it('reads Argo Workflows (container, script, containerSet) and CronWorkflow', () => {
    const text = `apiVersion: argoproj.io/v1alpha1
kind: Workflow
metadata:
  generateName: build-
spec:
  entrypoint: main
  templates:
    - name: main
      steps:
        - - name: hello
            template: hello
    - name: hello
      container:
        image: docker/whalesay:latest
        command: [cowsay]
    - name: calc
      script:
        image: python:3.12-alpine
        command: [python]
        source: |
          print("image: not-me:latest")
    - name: set
      containerSet:
        containers:
          - name: a
            image: alpine:3.20
      sidecars:
        - name: db
          image: postgres
---
apiVersion: argoproj.io/v1alpha1
kind: CronWorkflow
metadata: {name: nightly}
spec:
  schedule: "0 0 * * *"
  workflowSpec:
    templates:
      - name: run
        container:
          image: "{{workflow.parameters.image}}"
`;
    const refs = scanImages(file('argo/wf.yaml', text));
    expect(rows(refs)).toEqual([
      [14, 16, 'docker/whalesay:latest', 'latest', 'hello'],
      [18, 16, 'python:3.12-alpine', 'tagged', 'calc'],
      [26, 20, 'alpine:3.20', 'tagged', 'a'],
      [29, 18, 'postgres', 'untagged', 'db'],
      [40, 19, '{{workflow.parameters.image}}', 'unresolved', 'run'],
    ]);
    expect(refs.every((r) => r.source === 'argo')).toBe(true);
  });

  it('reads an Argo Rollout pod template', () => {
    const text = `apiVersion: argoproj.io/v1alpha1
kind: Rollout
metadata: {name: web}
spec:
  strategy:
    canary: {steps: [{setWeight: 20}]}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers:
        - name: web
          image: argoproj/rollouts-demo:blue
`;
    expect(scanImages(file('rollout.yaml', text)).map((r) => [r.line, r.image, r.source])).toEqual([
      [12, 'argoproj/rollouts-demo:blue', 'argo'],
    ]);
  });

  it('reads Tekton Task steps, sidecars, stepTemplate and Pipeline taskSpecs', () => {
    const text = `apiVersion: tekton.dev/v1
kind: Task
metadata: {name: build}
spec:
  params:
    - name: image
      default: gcr.io/kaniko-project/executor:latest
  stepTemplate:
    image: alpine:3.20
  steps:
    - name: build
      image: gcr.io/kaniko-project/executor:v1.23.0
    - name: push
      image: $(params.image)
  sidecars:
    - name: registry
      image: registry:2
---
apiVersion: tekton.dev/v1
kind: Pipeline
metadata: {name: ci}
spec:
  tasks:
    - name: lint
      taskSpec:
        steps:
          - name: lint
            image: golangci/golangci-lint:v1.59
`;
    const refs = scanImages(file('tekton/build.yaml', text));
    expect(rows(refs)).toEqual([
      [9, 12, 'alpine:3.20', 'tagged', undefined],
      [12, 14, 'gcr.io/kaniko-project/executor:v1.23.0', 'tagged', 'build'],
      [14, 14, '$(params.image)', 'unresolved', 'push'],
      [17, 14, 'registry:2', 'tagged', 'registry'],
      [28, 20, 'golangci/golangci-lint:v1.59', 'tagged', 'lint'],
    ]);
    expect(refs.every((r) => r.source === 'tekton')).toBe(true);
  });

  it('reads a Knative Service', () => {
    const text = `apiVersion: serving.knative.dev/v1
kind: Service
metadata:
  name: hello
spec:
  template:
    spec:
      containers:
        - image: ghcr.io/knative/helloworld-go:latest
          ports: [{containerPort: 8080}]
`;
    expect(scanImages(file('knative/service.yaml', text)).map((r) => [r.line, r.column, r.image, r.status, r.source])).toEqual([
      [9, 18, 'ghcr.io/knative/helloworld-go:latest', 'latest', 'knative'],
    ]);
  });

  it('ignores YAML that is not a container format', () => {
    const openapi = `openapi: 3.0.0
info:
  title: Gallery
paths:
  /photos:
    get:
      responses:
        '200':
          content:
            application/json:
              example:
                image: https://example.com/cat.png
components:
  schemas:
    Photo:
      properties:
        image: {type: string, format: uri}
`;
    const crd = `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata: {name: apps.example.com}
spec:
  versions:
    - name: v1
      schema:
        openAPIV3Schema:
          properties:
            image: {type: string, default: "nginx:latest"}
`;
    const front = `title: My post\nimage: /assets/cover.jpg\nlayout: post\n`;
    expect(scanImages(file('api/openapi.yaml', openapi))).toEqual([]);
    expect(scanImages(file('crds/app.yaml', crd))).toEqual([]);
    expect(scanImages(file('_data/post.yml', front))).toEqual([]);
    expect(scanImages(file('README.md', 'image: nginx:latest'))).toEqual([]);
  });

  it('reads images in other custom resources that look like image references', () => {
    const text = `apiVersion: monitoring.coreos.com/v1
kind: Prometheus
metadata: {name: k8s}
spec:
  image: quay.io/prometheus/prometheus:v2.53.0
  logo: https://example.com/logo.png
`;
    expect(scanImages(file('monitoring/prometheus.yaml', text)).map((r) => r.image)).toEqual([
      'quay.io/prometheus/prometheus:v2.53.0',
    ]);
  });
});
