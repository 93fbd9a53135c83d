import { scanImages } from '../../../src/scanners/images/index.js';
import type { ImageReference, SourceFile } from '../../../src/scanners/types.js';

const file = (path: string, text: string): SourceFile => ({ path, text, context: 'source' });
const rows = (refs: ImageReference[]) => refs.map((r) => [r.line, r.column, r.image, r.status, r.source]);
const D = `sha256:${'5e'.repeat(32)}`;

describe('Tekton documents without apiVersion', () => {
  it('reads steps, sidecars and stepTemplate of a kind-only Task and a PipelineRun pipelineSpec', () => {
    const text = `kind: Task
metadata: {name: lint}
spec:
  stepTemplate:
    image: docker.io/library/golang:1.22
  steps:
    - name: vet
      image: golangci/golangci-lint:v1.59.1
  sidecars:
    - image: redis
---
kind: PipelineRun
spec:
  pipelineSpec:
    finally:
      - name: notify
        taskSpec:
          steps:
            - image: curlimages/curl@${D}
`;
    expect(rows(scanImages(file('ci/lint.yaml', text)))).toEqual([
      [5, 12, 'docker.io/library/golang:1.22', 'tagged', 'tekton'],
      [8, 14, 'golangci/golangci-lint:v1.59.1', 'tagged', 'tekton'],
      [10, 14, 'redis', 'untagged', 'tekton'],
      [19, 22, `curlimages/curl@${D}`, 'digest', 'tekton'],
    ]);
  });

  it('reads List items and TriggerTemplate resourcetemplates, but not unrelated kinds', () => {
    const text = `kind: List
items:
  - kind: StepAction
    spec:
      image: alpine:3.20
  - kind: Task
    spec: {steps: [{image: "bash:5.2"}]}
  - kind: Deployment
    spec: {template: {spec: {containers: [{image: nginx:1.27}]}}}
---
apiVersion: triggers.tekton.dev/v1beta1
kind: TriggerTemplate
spec:
  resourcetemplates:
    - kind: TaskRun
      spec:
        taskRef:
          bundle: ghcr.io/acme/tasks:0.3
---
kind: Task
name: not tekton, no spec
steps:
  - image: should/not:appear
`;
    expect(rows(scanImages(file('deploy/list.yaml', text)))).toEqual([
      [5, 14, 'alpine:3.20', 'tagged', 'tekton'],
      [7, 29, 'bash:5.2', 'tagged', 'tekton'],
      [18, 19, 'ghcr.io/acme/tasks:0.3', 'tagged', 'tekton'],
    ]);
  });
});

describe('Tekton bundles', () => {
  it('reports taskRef / pipelineRef bundles and the bundles resolver param', () => {
    const text = `apiVersion: tekton.dev/v1beta1
kind: Pipeline
spec:
  tasks:
    - name: old-style
      taskRef:
        name: build
        bundle: ghcr.io/acme/catalog/build:1.4@${D}
    - name: resolver
      taskRef:
        resolver: bundles
        params:
          - name: name
            value: git-clone
          - name: bundle
            value: ghcr.io/acme/catalog/git-clone:0.9
          - name: kind
            value: task
    - name: git-resolver
      taskRef:
        resolver: git
        params:
          - {name: url, value: https://github.com/acme/tasks.git}
          - {name: bundle, value: not/an-image:because-git}
  finally:
    - name: folded
      taskRef:
        bundle: >-
          ghcr.io/acme/catalog/report
---
apiVersion: tekton.dev/v1
kind: PipelineRun
spec:
  pipelineRef:
    resolver: bundles
    resource:
      - name: bundle
        value: $(params.catalog)/pipeline:1
`;
    expect(rows(scanImages(file('.tekton/pipeline.yaml', text)))).toEqual([
      [8, 17, `ghcr.io/acme/catalog/build:1.4@${D}`, 'digest', 'tekton'],
      [16, 20, 'ghcr.io/acme/catalog/git-clone:0.9', 'tagged', 'tekton'],
      [29, 11, 'ghcr.io/acme/catalog/report', 'untagged', 'tekton'],
      [38, 16, '$(params.catalog)/pipeline:1', 'unresolved', 'tekton'],
    ]);
  });

  it('ignores a bundle key beside a resolver, empty and non-string bundles, and StepAction bundles of other resolvers', () => {
    const text = `kind: Task
spec:
  steps:
    - name: from-bundle
      ref:
        resolver: bundles
        params:
          - name: bundle
            value: ghcr.io/acme/step-actions:2.0
    - name: from-hub
      ref:
        resolver: hub
        params: [{name: bundle, value: x/y:1}]
---
kind: Pipeline
spec:
  tasks:
    - taskRef:
        bundle: ghcr.io/acme/shadowed:1.0
        resolver: bundles
        params:
          - name: bundle
            value: ghcr.io/acme/used:1.0
    - taskRef: {bundle: true}
    - taskRef: {bundle: ""}
`;
    expect(rows(scanImages(file('tasks/step.yaml', text)))).toEqual([
      [9, 20, 'ghcr.io/acme/step-actions:2.0', 'tagged', 'tekton'],
      [23, 20, 'ghcr.io/acme/used:1.0', 'tagged', 'tekton'],
    ]);
  });
});
