// Labelled corpus for measureImageCorpus(): files shaped like the ones found in real repositories.
// positives: [image as reported, expected status, needle on the line (default: the image)];
// needles are searched in order, so repeated text resolves to successive lines.
// decoys: needles of lines that look like image references but are not (counted as negatives).
import type { ImageStatus } from '../../../../src/scanners/types.js';

export interface CorpusCase {
  path: string;
  text: string;
  positives: [image: string, status: ImageStatus, needle?: string][];
  decoys?: string[];
}

const D1 = `sha256:${'4c2a'.repeat(16)}`;
const D2 = `sha256:${'9e0f'.repeat(16)}`;
const D3 = `sha256:${'17bd'.repeat(16)}`;

export const IMAGE_CORPUS: CorpusCase[] = [
  // ------------------------------------------------------------------ Dockerfiles
  {
    path: 'Dockerfile',
    text: `# syntax=docker/dockerfile:1.7
ARG NODE_VERSION=20.15.1
ARG ALPINE_VERSION=3.20

FROM node:\${NODE_VERSION}-alpine\${ALPINE_VERSION} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev

FROM deps AS build
COPY . .
RUN npm run build

FROM gcr.io/distroless/nodejs20-debian12:nonroot AS runtime
COPY --from=deps /app/node_modules /app/node_modules
COPY --from=build /app/dist /app/dist
# FROM node:latest would be a bad idea
LABEL org.opencontainers.image.source="https://github.com/acme/web"
ENV IMAGE_NAME=acme/web:latest
USER nonroot
CMD ["/app/dist/server.js"]
`,
    positives: [
      ['docker/dockerfile:1.7', 'tagged', '# syntax='],
      ['node:20.15.1-alpine3.20', 'tagged', 'FROM node:'],
      ['gcr.io/distroless/nodejs20-debian12:nonroot', 'tagged'],
    ],
    decoys: ['FROM deps AS build', 'COPY --from=deps', 'COPY --from=build', '# FROM node:latest', 'LABEL org.opencontainers.image.source', 'ENV IMAGE_NAME'],
  },
  {
    path: 'services/api/Dockerfile',
    text: `ARG GO_VERSION=1.22.5
ARG BASE_IMAGE
FROM --platform=$BUILDPLATFORM golang:\${GO_VERSION} AS builder
ARG TARGETOS TARGETARCH
WORKDIR /src
COPY --from=tonistiigi/xx:1.4.0 / /
RUN --mount=type=cache,target=/go/pkg/mod \\
    --mount=type=bind,source=go.sum,target=go.sum \\
    go mod download
COPY . .
RUN CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/api ./cmd/api

FROM \${BASE_IMAGE} AS hardened
FROM scratch
COPY --from=builder /out/api /api
COPY --from=0 /etc/ssl/certs /etc/ssl/certs
ENTRYPOINT ["/api"]
`,
    positives: [
      ['golang:1.22.5', 'tagged', 'golang:'],
      ['tonistiigi/xx:1.4.0', 'tagged'],
      ['${BASE_IMAGE}', 'unresolved', 'FROM ${BASE_IMAGE}'],
    ],
    decoys: ['FROM scratch', 'COPY --from=builder', 'COPY --from=0'],
  },
  {
    path: 'docker/worker.Dockerfile',
    text: `FROM python:3.12-slim@${D1} AS base
ENV PYTHONDONTWRITEBYTECODE=1
RUN pip install --no-cache-dir poetry==1.8.3

FROM base AS test
RUN pytest

FROM base
COPY --from=ghcr.io/astral-sh/uv:0.4.18 /uv /bin/uv
COPY --from=base /app /app
CMD ["python", "-m", "worker"]
`,
    positives: [
      [`python:3.12-slim@${D1}`, 'digest', 'FROM python'],
      ['ghcr.io/astral-sh/uv:0.4.18', 'tagged'],
    ],
    decoys: ['FROM base AS test', 'FROM base\n'.trim(), 'COPY --from=base'],
  },
  {
    path: 'Containerfile',
    text: `FROM registry.access.redhat.com/ubi9/ubi-minimal
RUN microdnf install -y java-17-openjdk-headless && microdnf clean all
FROM quay.io/keycloak/keycloak:latest as kc
FROM localhost:5000/internal/base:2024.06
FROM localhost:5000/internal/tools
`,
    positives: [
      ['registry.access.redhat.com/ubi9/ubi-minimal', 'untagged'],
      ['quay.io/keycloak/keycloak:latest', 'latest'],
      ['localhost:5000/internal/base:2024.06', 'tagged'],
      ['localhost:5000/internal/tools', 'untagged'],
    ],
  },
  {
    path: 'build/Dockerfile.ci',
    text: `ARG RUST_VERSION="1.79"
ARG DEBIAN=bookworm
FROM rust:\${RUST_VERSION}-slim-\${DEBIAN} AS chef
RUN cargo install cargo-chef
FROM chef AS planner
COPY . .
RUN cargo chef prepare --recipe-path recipe.json
FROM debian:\${DEBIAN:-bookworm}-slim
RUN <<EOF
set -e
FROM=not-an-instruction
apt-get update
EOF
COPY --from=planner /app/recipe.json recipe.json
`,
    positives: [
      ['rust:1.79-slim-bookworm', 'tagged', 'FROM rust'],
      ['debian:bookworm-slim', 'tagged', 'FROM debian'],
    ],
    decoys: ['FROM chef AS planner', 'FROM=not-an-instruction', 'COPY --from=planner'],
  },
  {
    path: 'images/base/Dockerfile',
    text: `FROM ubuntu:22.04
FROM \\
  nvidia/cuda:12.4.1-runtime-ubuntu22.04 \\
  AS gpu
FROM alpine
FROM $REGISTRY/base/alpine:3.20
`,
    positives: [
      ['ubuntu:22.04', 'tagged'],
      ['nvidia/cuda:12.4.1-runtime-ubuntu22.04', 'tagged'],
      ['alpine', 'untagged', 'FROM alpine'],
      ['$REGISTRY/base/alpine:3.20', 'unresolved'],
    ],
  },

  // ------------------------------------------------------------------ Kubernetes
  {
    path: 'deploy/k8s/api.yaml',
    text: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  namespace: prod
  labels:
    app.kubernetes.io/name: api
  annotations:
    image: "nginx:latest"
spec:
  replicas: 3
  selector:
    matchLabels:
      app.kubernetes.io/name: api
  template:
    metadata:
      labels:
        app.kubernetes.io/name: api
    spec:
      serviceAccountName: api
      initContainers:
        - name: wait-for-db
          image: busybox:1.36.1
          command: ["sh", "-c", "until nc -z db 5432; do sleep 1; done"]
      containers:
        - name: api
          image: ghcr.io/acme/api:v2.14.0
          args: ["--sidecar-image=envoyproxy/envoy:v1.30.2"]
          env:
            - name: WORKER_IMAGE
              value: ghcr.io/acme/worker:latest
          ports:
            - containerPort: 8080
        - name: cloud-sql-proxy
          image: gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.11.4
---
apiVersion: v1
kind: Service
metadata:
  name: api
spec:
  selector:
    app.kubernetes.io/name: api
  ports:
    - port: 80
      targetPort: 8080
`,
    positives: [
      ['busybox:1.36.1', 'tagged'],
      ['ghcr.io/acme/api:v2.14.0', 'tagged'],
      ['gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.11.4', 'tagged'],
    ],
    decoys: ['image: "nginx:latest"', '--sidecar-image', 'value: ghcr.io/acme/worker:latest'],
  },
  {
    path: 'manifests/statefulset.yml',
    text: `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: postgres
spec:
  serviceName: postgres
  template:
    metadata:
      labels: {app: postgres}
    spec:
      containers:
        - name: postgres
          image: postgres:16.3-alpine
          volumeMounts: [{name: data, mountPath: /var/lib/postgresql/data}]
        - name: exporter
          image: "quay.io/prometheuscommunity/postgres-exporter"
  volumeClaimTemplates:
    - metadata: {name: data}
      spec:
        accessModes: [ReadWriteOnce]
        resources: {requests: {storage: 10Gi}}
---
apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: node-exporter
spec:
  template:
    spec:
      hostNetwork: true
      containers:
        - name: node-exporter
          image: quay.io/prometheus/node-exporter:v1.8.1
---
apiVersion: apps/v1
kind: ReplicaSet
metadata: {name: legacy}
spec:
  template:
    spec:
      containers: [{name: legacy, image: "acme/legacy:latest"}]
---
apiVersion: v1
kind: ReplicationController
metadata: {name: older}
spec:
  template:
    spec:
      containers:
        - name: older
          image: 'acme/older:0.9'
`,
    positives: [
      ['postgres:16.3-alpine', 'tagged'],
      ['quay.io/prometheuscommunity/postgres-exporter', 'untagged'],
      ['quay.io/prometheus/node-exporter:v1.8.1', 'tagged'],
      ['acme/legacy:latest', 'latest'],
      ['acme/older:0.9', 'tagged'],
    ],
  },
  {
    path: 'k8s/jobs.yaml',
    text: `apiVersion: batch/v1
kind: Job
metadata:
  name: db-migrate
  annotations:
    argocd.argoproj.io/hook: PreSync
spec:
  backoffLimit: 2
  template:
    spec:
      restartPolicy: Never
      containers:
        - name: migrate
          image: migrate/migrate:v4.17.1
          args: ["-path", "/migrations", "-database", "$(DATABASE_URL)", "up"]
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: backup
spec:
  schedule: "0 2 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: backup
              image: bitnami/kubectl:1.30
            - name: uploader
              image: amazon/aws-cli
---
apiVersion: v1
kind: Pod
metadata:
  name: debug
spec:
  containers:
    - name: shell
      image: nicolaka/netshoot:latest
  ephemeralContainers:
    - name: dbg
      image: busybox:1.36
`,
    positives: [
      ['migrate/migrate:v4.17.1', 'tagged'],
      ['bitnami/kubectl:1.30', 'tagged'],
      ['amazon/aws-cli', 'untagged'],
      ['nicolaka/netshoot:latest', 'latest'],
      ['busybox:1.36', 'tagged'],
    ],
    decoys: ['argocd.argoproj.io/hook'],
  },
  {
    path: 'cluster/list.yaml',
    text: `apiVersion: v1
kind: List
items:
  - apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: frontend
    spec:
      template:
        spec:
          containers:
            - name: frontend
              image: us-docker.pkg.dev/acme/web/frontend@${D2}
  - apiVersion: v1
    kind: ConfigMap
    metadata:
      name: settings
    data:
      image: "redis:7"
      config.yaml: |
        image: nginx:latest
  - apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: cache
    spec:
      template:
        spec:
          containers:
            - name: redis
              image: redis:7.2.5
`,
    positives: [
      [`us-docker.pkg.dev/acme/web/frontend@${D2}`, 'digest', 'us-docker.pkg.dev'],
      ['redis:7.2.5', 'tagged'],
    ],
    decoys: ['image: "redis:7"', 'image: nginx:latest'],
  },
  {
    path: 'deploy/pod.json',
    text: `{
  "apiVersion": "v1",
  "kind": "Pod",
  "metadata": {"name": "json-pod", "labels": {"image": "x"}},
  "spec": {
    "containers": [
      {"name": "app", "image": "mcr.microsoft.com/dotnet/aspnet:8.0"}
    ]
  }
}
`,
    positives: [['mcr.microsoft.com/dotnet/aspnet:8.0', 'tagged']],
    decoys: ['"labels": {"image": "x"}'],
  },
  {
    path: 'k8s/crds/widget-crd.yaml',
    text: `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: widgets.acme.io
spec:
  group: acme.io
  names: {kind: Widget, plural: widgets}
  scope: Namespaced
  versions:
    - name: v1
      served: true
      storage: true
      schema:
        openAPIV3Schema:
          type: object
          properties:
            spec:
              type: object
              properties:
                image:
                  type: string
                  default: "acme/widget:latest"
                  description: image to run
---
apiVersion: acme.io/v1
kind: Widget
metadata:
  name: sample
spec:
  image: acme/widget:1.4.2
  iconImage: https://acme.io/widget.svg
`,
    positives: [['acme/widget:1.4.2', 'tagged']],
    decoys: ['default: "acme/widget:latest"', 'iconImage: https://acme.io/widget.svg', 'description: image to run'],
  },
  {
    path: 'k8s/monitoring/prometheus.yaml',
    text: `apiVersion: monitoring.coreos.com/v1
kind: Prometheus
metadata:
  name: main
spec:
  image: quay.io/prometheus/prometheus:v2.53.1
  replicas: 2
  containers:
    - name: config-reloader
      image: quay.io/prometheus-operator/prometheus-config-reloader:v0.75.0
`,
    positives: [
      ['quay.io/prometheus/prometheus:v2.53.1', 'tagged'],
      ['quay.io/prometheus-operator/prometheus-config-reloader:v0.75.0', 'tagged'],
    ],
  },

  // ------------------------------------------------------------------ Argo
  {
    path: 'workflows/ci-workflow.yaml',
    text: `apiVersion: argoproj.io/v1alpha1
kind: Workflow
metadata:
  generateName: ci-
spec:
  entrypoint: pipeline
  arguments:
    parameters:
      - name: image
        value: ghcr.io/acme/app:latest
  templates:
    - name: pipeline
      dag:
        tasks:
          - name: build
            template: build
          - name: test
            template: test
            dependencies: [build]
    - name: build
      container:
        image: gcr.io/kaniko-project/executor:v1.23.1
        args: ["--destination={{workflow.parameters.image}}"]
    - name: test
      script:
        image: golang:1.22
        command: [bash]
        source: |
          go test ./...
    - name: parallel
      containerSet:
        containers:
          - name: a
            image: alpine:3.20
          - name: b
            image: "{{inputs.parameters.tool-image}}"
    - name: with-sidecar
      sidecars:
        - name: dind
          image: docker:26-dind
      container:
        image: docker:26
`,
    positives: [
      ['gcr.io/kaniko-project/executor:v1.23.1', 'tagged'],
      ['golang:1.22', 'tagged'],
      ['alpine:3.20', 'tagged'],
      ['{{inputs.parameters.tool-image}}', 'unresolved'],
      ['docker:26-dind', 'tagged'],
      ['docker:26', 'tagged', 'image: docker:26$'],
    ],
    decoys: ['value: ghcr.io/acme/app:latest', '--destination='],
  },
  {
    path: 'argo/templates.yaml',
    text: `apiVersion: argoproj.io/v1alpha1
kind: WorkflowTemplate
metadata:
  name: notify
spec:
  templates:
    - name: slack
      container:
        image: curlimages/curl:8.8.0
---
apiVersion: argoproj.io/v1alpha1
kind: ClusterWorkflowTemplate
metadata:
  name: shared
spec:
  templates:
    - name: echo
      container:
        image: alpine
---
apiVersion: argoproj.io/v1alpha1
kind: CronWorkflow
metadata:
  name: nightly
spec:
  schedule: "0 1 * * *"
  workflowSpec:
    entrypoint: run
    templates:
      - name: run
        container:
          image: python:3.12-alpine
---
apiVersion: argoproj.io/v1alpha1
kind: Rollout
metadata:
  name: checkout
spec:
  replicas: 5
  strategy:
    canary:
      steps: [{setWeight: 20}, {pause: {duration: 1h}}]
  template:
    metadata:
      labels: {app: checkout}
    spec:
      containers:
        - name: checkout
          image: acme/checkout:3.2.1
---
apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: guestbook
spec:
  source:
    repoURL: https://github.com/argoproj/argocd-example-apps.git
    kustomize:
      images:
        - gcr.io/heptio-images/ks-guestbook-demo:0.2
`,
    positives: [
      ['curlimages/curl:8.8.0', 'tagged'],
      ['alpine', 'untagged', 'image: alpine'],
      ['python:3.12-alpine', 'tagged'],
      ['acme/checkout:3.2.1', 'tagged'],
      // kustomize.images sets the image Argo CD deploys, like `images:` in a kustomization.
      ['gcr.io/heptio-images/ks-guestbook-demo:0.2', 'tagged'],
    ],
    decoys: ['repoURL:'],
  },

  // ------------------------------------------------------------------ Tekton
  {
    path: 'tekton/tasks.yaml',
    text: `apiVersion: tekton.dev/v1
kind: Task
metadata:
  name: build-push
spec:
  params:
    - name: IMAGE
      description: Name (reference) of the image to build.
    - name: BUILDER_IMAGE
      default: gcr.io/kaniko-project/executor:v1.23.1
  stepTemplate:
    image: registry.access.redhat.com/ubi9/ubi-minimal:9.4
  steps:
    - name: build-and-push
      image: $(params.BUILDER_IMAGE)
      args: ["--destination=$(params.IMAGE)"]
    - name: digest
      image: docker.io/library/bash:5.2@${D3}
  sidecars:
    - name: registry
      image: registry:2.8.3
---
apiVersion: tekton.dev/v1
kind: Pipeline
metadata:
  name: ci
spec:
  tasks:
    - name: lint
      taskSpec:
        steps:
          - name: lint
            image: golangci/golangci-lint:v1.59.1
  finally:
    - name: report
      taskSpec:
        steps:
          - name: report
            image: alpine:latest
---
apiVersion: tekton.dev/v1
kind: TaskRun
metadata:
  generateName: run-
spec:
  taskSpec:
    steps:
      - name: hello
        image: ubuntu
---
apiVersion: tekton.dev/v1
kind: PipelineRun
metadata:
  generateName: pr-
spec:
  pipelineSpec:
    tasks:
      - name: unit
        taskSpec:
          steps:
            - name: unit
              image: node:20-alpine
`,
    positives: [
      ['registry.access.redhat.com/ubi9/ubi-minimal:9.4', 'tagged'],
      ['$(params.BUILDER_IMAGE)', 'unresolved'],
      [`docker.io/library/bash:5.2@${D3}`, 'digest', 'docker.io/library/bash'],
      ['registry:2.8.3', 'tagged'],
      ['golangci/golangci-lint:v1.59.1', 'tagged'],
      ['alpine:latest', 'latest'],
      ['ubuntu', 'untagged', 'image: ubuntu'],
      ['node:20-alpine', 'tagged'],
    ],
    decoys: ['default: gcr.io/kaniko-project/executor', 'description: Name (reference) of the image', '--destination=$(params.IMAGE)'],
  },

  // ------------------------------------------------------------------ Knative
  {
    path: 'knative/service.yaml',
    text: `apiVersion: serving.knative.dev/v1
kind: Service
metadata:
  name: hello
  annotations:
    image: "ignored:latest"
spec:
  template:
    metadata:
      annotations:
        autoscaling.knative.dev/minScale: "1"
    spec:
      containerConcurrency: 50
      containers:
        - image: ghcr.io/knative/helloworld-go:latest
          env:
            - name: TARGET
              value: "image: not-one"
        - name: sidecar
          image: gcr.io/knative-samples/sidecar:v1
`,
    positives: [
      ['ghcr.io/knative/helloworld-go:latest', 'latest'],
      ['gcr.io/knative-samples/sidecar:v1', 'tagged'],
    ],
    decoys: ['image: "ignored:latest"', 'value: "image: not-one"'],
  },

  // ------------------------------------------------------------------ Helm values
  {
    path: 'charts/web/values.yaml',
    text: `# Default values for web.
replicaCount: 2

image:
  registry: docker.io
  repository: bitnami/nginx
  tag: 1.27.0-debian-12-r2
  digest: ""
  pullPolicy: IfNotPresent
  pullSecrets: []

imagePullSecrets: []
nameOverride: ""

app:
  image:
    repository: ghcr.io/acme/web
    # Overrides the image tag whose default is the chart appVersion.
    tag: ""

metrics:
  enabled: false
  image:
    registry: docker.io
    repository: bitnami/nginx-exporter
    tag: latest

volumePermissions:
  image:
    repository: bitnami/os-shell
    tag: 12-debian-12-r24
    digest: ${D1}

busybox:
  image: busybox:1.36

initImage: "curlimages/curl"

extraContainers:
  - name: log-shipper
    image: fluent/fluent-bit:3.0.7

ingress:
  enabled: true
  annotations:
    nginx.ingress.kubernetes.io/backend-image: "not-an-image"
  hosts:
    - host: chart-example.local

serviceAccount:
  create: true

branding:
  image: https://acme.io/logo.png
  backgroundImage: assets/bg.jpg
`,
    positives: [
      ['docker.io/bitnami/nginx:1.27.0-debian-12-r2', 'tagged', 'repository: bitnami/nginx'],
      ['ghcr.io/acme/web', 'unresolved', 'repository: ghcr.io/acme/web'],
      ['docker.io/bitnami/nginx-exporter:latest', 'latest', 'repository: bitnami/nginx-exporter'],
      [`bitnami/os-shell:12-debian-12-r24@${D1}`, 'digest', 'repository: bitnami/os-shell'],
      ['busybox:1.36', 'tagged'],
      ['curlimages/curl', 'untagged'],
      ['fluent/fluent-bit:3.0.7', 'tagged'],
    ],
    decoys: ['pullPolicy: IfNotPresent', 'imagePullSecrets: []', 'backend-image', 'image: https://acme.io/logo.png', 'backgroundImage: assets/bg.jpg'],
  },
  {
    path: 'charts/platform/values-production.yaml',
    text: `global:
  imageRegistry: registry.acme.io
api:
  image:
    repository: acme/api
    tag: "2.3.1"
worker:
  image:
    repository: acme/worker
    tag: 2.3
  resources: {}
elasticsearch:
  image: docker.elastic.co/elasticsearch/elasticsearch
  imageTag: "8.14.1"
migrations:
  image:
    repository: acme/migrations
    tag: "{{ .Chart.AppVersion }}"
chart:
  repository: https://charts.bitnami.com/bitnami
  version: 19.6.0
`,
    positives: [
      ['acme/api:2.3.1', 'tagged', 'repository: acme/api'],
      ['acme/worker:2.3', 'tagged', 'repository: acme/worker'],
      ['docker.elastic.co/elasticsearch/elasticsearch:8.14.1', 'tagged', 'image: docker.elastic.co'],
      ['acme/migrations:{{ .Chart.AppVersion }}', 'unresolved', 'repository: acme/migrations'],
    ],
    decoys: ['imageRegistry: registry.acme.io', 'repository: https://charts.bitnami.com/bitnami'],
  },
  {
    path: 'helm/values.dev.yaml',
    text: `image:
  repository: localhost:5000/acme/app
  tag: dev
sidecar:
  image:
    name: envoyproxy/envoy
    tag: v1.30.2
`,
    positives: [
      ['localhost:5000/acme/app:dev', 'tagged', 'repository: localhost:5000'],
      ['envoyproxy/envoy:v1.30.2', 'tagged', 'name: envoyproxy/envoy'],
    ],
  },

  // ------------------------------------------------------------------ Helm templates
  {
    path: 'charts/web/templates/deployment.yaml',
    text: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "web.fullname" . }}
  labels:
    {{- include "web.labels" . | nindent 4 }}
spec:
  {{- if not .Values.autoscaling.enabled }}
  replicas: {{ .Values.replicaCount }}
  {{- end }}
  template:
    spec:
      {{- with .Values.imagePullSecrets }}
      imagePullSecrets:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      initContainers:
        - name: init
          image: "{{ .Values.init.image.repository }}:{{ .Values.init.image.tag }}"
      containers:
        - name: {{ .Chart.Name }}
          image: "{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}"
          imagePullPolicy: {{ .Values.image.pullPolicy }}
          {{- with .Values.resources }}
          resources:
            {{- toYaml . | nindent 12 }}
          {{- end }}
        {{- if .Values.metrics.enabled }}
        - name: metrics
          image: {{ include "web.metrics.image" . }}
        {{- end }}
        - name: wait
          image: busybox:1.36
`,
    positives: [
      ['{{ .Values.init.image.repository }}:{{ .Values.init.image.tag }}', 'unresolved', 'init.image.repository'],
      ['{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}', 'unresolved', 'image: "{{ .Values.image.repository'],
      ['{{ include "web.metrics.image" . }}', 'unresolved', 'web.metrics.image'],
      ['busybox:1.36', 'tagged'],
    ],
    decoys: ['imagePullSecrets:', 'imagePullPolicy:'],
  },
  {
    path: 'charts/web/templates/tests/test-connection.yaml',
    text: `apiVersion: v1
kind: Pod
metadata:
  name: "{{ include "web.fullname" . }}-test-connection"
  annotations:
    "helm.sh/hook": test
spec:
  containers:
    - name: wget
      image: busybox
      command: ['wget']
      args: ['{{ include "web.fullname" . }}:{{ .Values.service.port }}']
  restartPolicy: Never
`,
    positives: [['busybox', 'untagged', 'image: busybox']],
  },
  {
    path: 'charts/web/templates/cronjob.yaml',
    text: `{{- if .Values.cron.enabled }}
apiVersion: batch/v1
kind: CronJob
metadata:
  name: {{ .Release.Name }}-cron
spec:
  jobTemplate:
    spec:
      template:
        spec:
          containers:
            - name: cron
              image: {{ .Values.cron.image }}
              # image: acme/old:latest
{{- end }}
`,
    positives: [['{{ .Values.cron.image }}', 'unresolved']],
    decoys: ['# image: acme/old:latest'],
  },

  // ------------------------------------------------------------------ Kustomize
  {
    path: 'overlays/production/kustomization.yaml',
    text: `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namespace: prod
resources:
  - ../../base
  - ingress.yaml
images:
  - name: ghcr.io/acme/api
    newTag: v2.14.1
  - name: ghcr.io/acme/web
    newName: registry.acme.io/web
    digest: ${D2}
  - name: redis
    newName: mirror.gcr.io/library/redis
  - name: worker
    newTag: latest
configMapGenerator:
  - name: app-config
    literals:
      - IMAGE=nginx:latest
patches:
  - target: {kind: Deployment}
    patch: |-
      - op: replace
        path: /spec/template/spec/containers/0/image
        value: nginx:1.25
`,
    positives: [
      ['ghcr.io/acme/api:v2.14.1', 'tagged', 'name: ghcr.io/acme/api'],
      [`registry.acme.io/web@${D2}`, 'digest', 'name: ghcr.io/acme/web'],
      ['mirror.gcr.io/library/redis', 'unresolved', 'name: redis'],
      ['worker:latest', 'latest', 'name: worker'],
    ],
    decoys: ['IMAGE=nginx:latest', 'value: nginx:1.25', 'path: /spec/template/spec/containers/0/image'],
  },
  {
    path: 'base/kustomization.yml',
    text: `resources:
  - deployment.yaml
images:
  - name: acme/api
    newName: acme/api
    newTag: "1.0.0"
  - name: busybox
    newTag: 1.36
`,
    positives: [
      ['acme/api:1.0.0', 'tagged', 'name: acme/api'],
      ['busybox:1.36', 'tagged', 'name: busybox'],
    ],
  },

  // ------------------------------------------------------------------ docker-compose
  {
    path: 'docker-compose.yml',
    text: `version: "3.9"

x-logging: &default-logging
  driver: json-file
  options: {max-size: 10m}

services:
  web:
    image: nginx:1.27-alpine
    ports: ["80:80"]
    logging: *default-logging
  api:
    build:
      context: ./api
      dockerfile: Dockerfile
    environment:
      WORKER_IMAGE: acme/worker:latest
  db:
    image: "postgres:16"
    environment:
      POSTGRES_PASSWORD: example
  cache:
    image: redis
  queue:
    image: rabbitmq:3-management
  app:
    build: .
    image: ghcr.io/acme/app:\${TAG:-latest}
  mail:
    image: 'mailhog/mailhog:latest'
  search:
    image: docker.elastic.co/elasticsearch/elasticsearch:8.14.1@${D3}

volumes:
  db-data: {}
`,
    positives: [
      ['nginx:1.27-alpine', 'tagged'],
      ['postgres:16', 'tagged'],
      ['redis', 'untagged', 'image: redis'],
      ['rabbitmq:3-management', 'tagged'],
      ['mailhog/mailhog:latest', 'latest'],
      [`docker.elastic.co/elasticsearch/elasticsearch:8.14.1@${D3}`, 'digest', 'elasticsearch:8.14.1@'],
    ],
    // `app` builds its image: the tag it gives the result is not a reference to pin.
    decoys: ['WORKER_IMAGE: acme/worker:latest', 'dockerfile: Dockerfile', 'build: .', 'image: ghcr.io/acme/app:'],
  },
  {
    path: 'deploy/compose.prod.yaml',
    text: `name: shop
services:
  frontend:
    image: registry.acme.io/shop/frontend:\${VERSION}
    deploy:
      replicas: 2
  backend:
    image: registry.acme.io/shop/backend:4.1.0
    depends_on: [db]
  db:
    image: mariadb:11.4
  proxy:
    image: traefik:v3.1
    labels:
      - "traefik.http.routers.api.rule=Host(\`api.acme.io\`)"
`,
    positives: [
      ['registry.acme.io/shop/frontend:${VERSION}', 'unresolved'],
      ['registry.acme.io/shop/backend:4.1.0', 'tagged'],
      ['mariadb:11.4', 'tagged'],
      ['traefik:v3.1', 'tagged'],
    ],
  },
  {
    path: 'docker-compose.override.yml',
    text: `services:
  web:
    image: nginx:latest
    volumes: ["./html:/usr/share/nginx/html:ro"]
  adminer:
    image: adminer
`,
    positives: [
      ['nginx:latest', 'latest'],
      ['adminer', 'untagged', 'image: adminer'],
    ],
    decoys: ['./html:/usr/share/nginx/html:ro'],
  },

  // ------------------------------------------------------------------ GitHub workflows
  {
    path: '.github/workflows/ci.yml',
    text: `name: CI
on:
  push:
    branches: [main]
  pull_request:

env:
  IMAGE: ghcr.io/\${{ github.repository }}:latest

jobs:
  test:
    runs-on: ubuntu-latest
    container: node:20-bookworm
    services:
      postgres:
        image: postgres:16
        env:
          POSTGRES_PASSWORD: postgres
        ports: ["5432:5432"]
      redis:
        image: redis:7
    strategy:
      matrix:
        image: [ubuntu-22.04, ubuntu-24.04]
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - name: Lint Dockerfile
        uses: docker://hadolint/hadolint:v2.12.0
        with:
          args: hadolint Dockerfile
      - uses: docker://alpine:latest
  integration:
    runs-on: ubuntu-latest
    container:
      image: mcr.microsoft.com/playwright:v1.45.0-jammy
      options: --user 1001
    services:
      selenium:
        image: selenium/standalone-chrome
  scan:
    runs-on: ubuntu-latest
    steps:
      - uses: aquasecurity/trivy-action@0.24.0
        with:
          image-ref: ghcr.io/acme/app:latest
      - uses: docker/build-push-action@v6
        with:
          tags: ghcr.io/acme/app:latest
`,
    positives: [
      ['node:20-bookworm', 'tagged'],
      ['postgres:16', 'tagged'],
      ['redis:7', 'tagged'],
      ['hadolint/hadolint:v2.12.0', 'tagged'],
      ['alpine:latest', 'latest'],
      ['mcr.microsoft.com/playwright:v1.45.0-jammy', 'tagged'],
      ['selenium/standalone-chrome', 'untagged'],
    ],
    decoys: [
      'IMAGE: ghcr.io/',
      'runs-on: ubuntu-latest',
      'image: [ubuntu-22.04, ubuntu-24.04]',
      'uses: actions/checkout@v4',
      'image-ref: ghcr.io/acme/app:latest',
      'tags: ghcr.io/acme/app:latest',
    ],
  },
  {
    path: '.github/workflows/release.yaml',
    text: `name: release
on:
  release:
    types: [published]
jobs:
  build:
    runs-on: ubuntu-latest
    container:
      image: ghcr.io/acme/builder:\${{ inputs.builder-version }}
    steps:
      - uses: docker://ghcr.io/acme/signer@${D1}
      - uses: 'docker://debian:12-slim'
        with:
          entrypoint: /bin/true
`,
    positives: [
      ['ghcr.io/acme/builder:${{ inputs.builder-version }}', 'unresolved'],
      [`ghcr.io/acme/signer@${D1}`, 'digest', 'ghcr.io/acme/signer'],
      ['debian:12-slim', 'tagged'],
    ],
  },

  // ------------------------------------------------------------------ negatives only
  {
    path: 'docs/openapi.yaml',
    text: `openapi: 3.0.3
info:
  title: Gallery API
  version: 1.0.0
  x-logo:
    url: https://acme.io/logo.png
paths:
  /photos/{id}:
    get:
      responses:
        "200":
          description: A photo
          content:
            application/json:
              example:
                id: 42
                image: https://cdn.acme.io/photos/42.jpg
                thumbnailImage: https://cdn.acme.io/photos/42-thumb.jpg
components:
  schemas:
    Photo:
      type: object
      properties:
        image:
          type: string
          format: uri
          example: https://cdn.acme.io/photos/1.png
`,
    positives: [],
    decoys: ['image: https://cdn.acme.io/photos/42.jpg', 'thumbnailImage:', 'example: https://cdn.acme.io/photos/1.png', 'url: https://acme.io/logo.png'],
  },
  {
    path: '_config.yml',
    text: `title: Acme Engineering
description: Notes from the team
image: /assets/images/social-card.png
logo: /assets/logo.svg
defaults:
  - scope: {path: ""}
    values:
      layout: post
      image: /assets/images/default.jpg
author:
  name: Jane
  image: jane.jpg
`,
    positives: [],
    decoys: ['image: /assets/images/social-card.png', 'image: /assets/images/default.jpg', 'image: jane.jpg'],
  },
  {
    path: '_data/team.yml',
    text: `- name: Alice
  role: SRE
  image: alice
- name: Bob
  role: Backend
  image: bob
`,
    positives: [],
    decoys: ['image: alice', 'image: bob'],
  },
  {
    path: 'mkdocs.yml',
    text: `site_name: Acme Docs
theme:
  name: material
  logo: assets/logo.png
  icon:
    repo: fontawesome/brands/github
plugins:
  - social:
      cards_layout_options:
        background_image: layouts/background.png
extra:
  image: docs/banner
`,
    positives: [],
    decoys: ['background_image:', 'image: docs/banner', 'repo: fontawesome/brands/github'],
  },
  {
    path: 'azure-pipelines.yml',
    text: `trigger: [main]
pool:
  vmImage: ubuntu-latest
steps:
  - script: docker build -t acme/app:latest .
    displayName: Build image
  - task: Docker@2
    inputs:
      repository: acme/app
      tags: latest
`,
    positives: [],
    decoys: ['vmImage: ubuntu-latest', 'docker build -t acme/app:latest', 'repository: acme/app'],
  },
  {
    path: 'charts/web/Chart.yaml',
    text: `apiVersion: v2
name: web
description: A Helm chart for the web frontend
type: application
version: 0.4.2
appVersion: "2.14.0"
icon: https://acme.io/icon.png
annotations:
  artifacthub.io/images: |
    - name: web
      image: ghcr.io/acme/web:2.14.0
dependencies:
  - name: redis
    version: 19.6.0
    repository: oci://registry-1.docker.io/bitnamicharts
`,
    positives: [],
    decoys: ['icon: https://acme.io/icon.png', 'image: ghcr.io/acme/web:2.14.0', 'repository: oci://registry-1.docker.io/bitnamicharts'],
  },
  {
    path: 'catalog-info.yaml',
    text: `apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: web
  annotations:
    backstage.io/techdocs-ref: dir:.
    image: ghcr.io/acme/web
spec:
  type: service
  lifecycle: production
  owner: team-web
  profile:
    image: https://acme.io/team.png
`,
    positives: [],
    decoys: ['image: ghcr.io/acme/web', 'image: https://acme.io/team.png'],
  },
  {
    path: 'ansible/group_vars/all.yml',
    text: `app_name: web
app_image_url: https://acme.io/app.png
image: "{{ app_name }}.qcow2"
vm:
  image: ubuntu-22.04-server-cloudimg-amd64.img
`,
    positives: [],
    decoys: ['app_image_url', 'image: "{{ app_name }}.qcow2"', 'image: ubuntu-22.04-server-cloudimg-amd64.img'],
  },
  {
    path: 'k8s/configmap.yaml',
    text: `apiVersion: v1
kind: ConfigMap
metadata:
  name: app-config
data:
  image: nginx:latest
  worker.yaml: |
    image: acme/worker:latest
    containers:
      - image: acme/other:1
---
apiVersion: v1
kind: Secret
metadata:
  name: pull
stringData:
  image: acme/secret:latest
`,
    positives: [],
    decoys: ['image: nginx:latest', 'image: acme/worker:latest', 'image: acme/other:1', 'image: acme/secret:latest'],
  },
  {
    path: 'config/app.yaml',
    text: `server:
  port: 8080
thumbnails:
  image: resize
  maxWidth: 640
docker:
  image: acme/app
build:
  image: false
`,
    positives: [],
    decoys: ['image: resize', 'image: acme/app', 'image: false'],
  },
  {
    path: 'docs/images/Dockerfile.md',
    text: `# Our Dockerfile

FROM node:latest is what we used to do.
`,
    positives: [],
    decoys: ['FROM node:latest'],
  },
  {
    path: 'docker/.dockerignore',
    text: `FROM
node_modules
`,
    positives: [],
    decoys: ['FROM'],
  },
  {
    path: '.github/ISSUE_TEMPLATE/bug.yml',
    text: `name: Bug report
description: File a bug
body:
  - type: input
    id: image
    attributes:
      label: Image
      description: Which image were you running?
      placeholder: ghcr.io/acme/app:1.2.3
`,
    positives: [],
    decoys: ['id: image', 'placeholder: ghcr.io/acme/app:1.2.3'],
  },
  {
    path: '.github/dependabot.yml',
    text: `version: 2
updates:
  - package-ecosystem: docker
    directory: /
    schedule: {interval: weekly}
`,
    positives: [],
    decoys: ['package-ecosystem: docker'],
  },
  // ------------------------------------------------------------------ more real-world shapes
  {
    path: 'docker/php/Dockerfile.prod',
    text: `FROM composer:2.7 AS vendor
COPY composer.json composer.lock ./
RUN composer install --no-dev --prefer-dist

FROM php:8.3-fpm-alpine3.20
RUN apk add --no-cache icu-dev
COPY --chown=www-data:www-data --from=vendor /app/vendor /var/www/vendor
COPY --link --from=mlocati/php-extension-installer:2.2 /usr/bin/install-php-extensions /usr/local/bin/
`,
    positives: [
      ['composer:2.7', 'tagged'],
      ['php:8.3-fpm-alpine3.20', 'tagged'],
      ['mlocati/php-extension-installer:2.2', 'tagged'],
    ],
    decoys: ['--from=vendor'],
  },
  {
    path: 'windows/Dockerfile',
    text: `# escape=\`
FROM mcr.microsoft.com/dotnet/sdk:8.0-windowsservercore-ltsc2022 AS build
WORKDIR C:\\src
RUN dotnet publish -c Release -o C:\\out \`
    --no-restore
FROM mcr.microsoft.com/dotnet/aspnet:8.0-nanoserver-ltsc2022
COPY --from=build C:\\out C:\\app
`,
    positives: [
      ['mcr.microsoft.com/dotnet/sdk:8.0-windowsservercore-ltsc2022', 'tagged'],
      ['mcr.microsoft.com/dotnet/aspnet:8.0-nanoserver-ltsc2022', 'tagged'],
    ],
    decoys: ['COPY --from=build'],
  },
  {
    path: 'ml/Dockerfile-gpu',
    text: `ARG CUDA=12.1.1
ARG UBUNTU=22.04
ARG BASE=nvidia/cuda:\${CUDA}-cudnn8-runtime-ubuntu\${UBUNTU}
FROM \${BASE}
ARG PYTORCH_IMAGE
FROM pytorch/pytorch:2.3.1-cuda12.1-cudnn8-runtime AS torch
FROM ghcr.io/astral-sh/uv:latest AS uv
`,
    positives: [
      ['nvidia/cuda:12.1.1-cudnn8-runtime-ubuntu22.04', 'tagged', 'FROM ${BASE}'],
      ['pytorch/pytorch:2.3.1-cuda12.1-cudnn8-runtime', 'tagged'],
      ['ghcr.io/astral-sh/uv:latest', 'latest'],
    ],
    decoys: ['ARG BASE=nvidia/cuda'],
  },
  {
    path: 'deploy/envsubst/deployment.yaml',
    text: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: \${APP_NAME}
spec:
  template:
    spec:
      containers:
        - name: app
          image: \${IMAGE}
        - name: sidecar
          image: IMAGE_PLACEHOLDER
        - name: proxy
          image: <registry>/proxy:<tag>
        - name: ko
          image: ko://github.com/acme/app/cmd/server
`,
    positives: [
      ['${IMAGE}', 'unresolved'],
      ['IMAGE_PLACEHOLDER', 'unresolved'],
      ['<registry>/proxy:<tag>', 'unresolved'],
      ['ko://github.com/acme/app/cmd/server', 'unresolved'],
    ],
  },
  {
    path: 'openshift/template.yaml',
    text: `apiVersion: template.openshift.io/v1
kind: Template
metadata:
  name: app-template
parameters:
  - name: IMAGE_TAG
    value: latest
objects:
  - apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: app
    spec:
      template:
        spec:
          containers:
            - name: app
              image: quay.io/acme/app:\${IMAGE_TAG}
            - name: oauth-proxy
              image: quay.io/openshift/origin-oauth-proxy:4.14
`,
    positives: [
      ['quay.io/acme/app:${IMAGE_TAG}', 'unresolved'],
      ['quay.io/openshift/origin-oauth-proxy:4.14', 'tagged'],
    ],
    decoys: ['value: latest'],
  },
  {
    path: 'clusters/prod/apps/podinfo.yaml',
    text: `apiVersion: helm.toolkit.fluxcd.io/v2
kind: HelmRelease
metadata:
  name: podinfo
spec:
  interval: 10m
  chart:
    spec:
      chart: podinfo
      version: "6.7.0"
      sourceRef: {kind: HelmRepository, name: podinfo}
  values:
    image:
      repository: ghcr.io/stefanprodan/podinfo
      tag: 6.7.0
    redis:
      enabled: true
      repository: redis
      tag: 7.0.7
---
apiVersion: source.toolkit.fluxcd.io/v1
kind: HelmRepository
metadata:
  name: podinfo
spec:
  url: oci://ghcr.io/stefanprodan/charts
`,
    positives: [
      ['ghcr.io/stefanprodan/podinfo:6.7.0', 'tagged', 'repository: ghcr.io/stefanprodan/podinfo'],
      ['redis:7.0.7', 'tagged', 'repository: redis'],
    ],
    decoys: ['url: oci://ghcr.io/stefanprodan/charts', 'chart: podinfo'],
  },
  {
    path: 'hack/kind-config.yaml',
    text: `kind: Cluster
apiVersion: kind.x-k8s.io/v1alpha4
nodes:
  - role: control-plane
    image: kindest/node:v1.30.0@${D2}
  - role: worker
    image: kindest/node:v1.30.0
`,
    positives: [
      [`kindest/node:v1.30.0@${D2}`, 'digest', 'kindest/node:v1.30.0@'],
      ['kindest/node:v1.30.0', 'tagged', 'image: kindest/node:v1.30.0$'],
    ],
  },
  {
    path: 'skaffold.yaml',
    text: `apiVersion: skaffold/v4beta11
kind: Config
metadata:
  name: app
build:
  artifacts:
    - image: acme-app
      docker:
        dockerfile: Dockerfile
manifests:
  rawYaml:
    - k8s/*.yaml
`,
    positives: [],
    decoys: ['image: acme-app', 'dockerfile: Dockerfile'],
  },
  {
    path: 'capi/machine-template.yaml',
    text: `apiVersion: infrastructure.cluster.x-k8s.io/v1alpha7
kind: OpenStackMachineTemplate
metadata:
  name: workers
spec:
  template:
    spec:
      flavor: m1.large
      image: ubuntu-2204-kube-v1.30.2
`,
    positives: [],
    decoys: ['image: ubuntu-2204-kube-v1.30.2'],
  },
  {
    path: 'charts/ingress/ci/daemonset-values.yaml',
    text: `controller:
  kind: DaemonSet
  image:
    registry: registry.k8s.io
    image: ingress-nginx/controller
    tag: "v1.11.1"
  admissionWebhooks:
    patch:
      image:
        repository: registry.k8s.io/ingress-nginx/kube-webhook-certgen
        tag: v1.4.1
        digest: ${D3}
  podAnnotations:
    prometheus.io/scrape: "true"
defaultBackend:
  image:
    repository: registry.k8s.io/defaultbackend-amd64
    tag: "1.5"
`,
    positives: [
      ['registry.k8s.io/ingress-nginx/controller:v1.11.1', 'tagged', 'image: ingress-nginx/controller'],
      [`registry.k8s.io/ingress-nginx/kube-webhook-certgen:v1.4.1@${D3}`, 'digest', 'repository: registry.k8s.io/ingress-nginx/kube-webhook-certgen'],
      ['registry.k8s.io/defaultbackend-amd64:1.5', 'tagged', 'repository: registry.k8s.io/defaultbackend-amd64'],
    ],
    decoys: ['prometheus.io/scrape'],
  },
  {
    path: 'compose/docker-compose.dev.yaml',
    text: `services:
  localstack:
    image: localstack/localstack:3.5
    environment:
      - SERVICES=s3,sqs
  minio:
    image: quay.io/minio/minio:RELEASE.2024-06-13T22-53-53Z
    command: server /data
  jaeger:
    image: jaegertracing/all-in-one:\${JAEGER_VERSION:-1.58}
  otel:
    image: otel/opentelemetry-collector-contrib
`,
    positives: [
      ['localstack/localstack:3.5', 'tagged'],
      ['quay.io/minio/minio:RELEASE.2024-06-13T22-53-53Z', 'tagged'],
      ['jaegertracing/all-in-one:${JAEGER_VERSION:-1.58}', 'unresolved'],
      ['otel/opentelemetry-collector-contrib', 'untagged'],
    ],
  },
  {
    path: '.github/workflows/e2e.yml',
    text: `name: e2e
on: workflow_dispatch
jobs:
  e2e:
    runs-on: \${{ matrix.os }}
    container:
      image: cypress/included:13.13.0
    services:
      mysql:
        image: mysql:8.4
        options: >-
          --health-cmd="mysqladmin ping"
      mongo:
        image: mongo
    steps:
      - uses: actions/checkout@v4
      - run: docker run --rm alpine:latest echo hi
      - uses: docker://ghcr.io/acme/e2e-runner:latest
`,
    positives: [
      ['cypress/included:13.13.0', 'tagged'],
      ['mysql:8.4', 'tagged'],
      ['mongo', 'untagged', 'image: mongo'],
      ['ghcr.io/acme/e2e-runner:latest', 'latest'],
    ],
    decoys: ['docker run --rm alpine:latest', 'runs-on:'],
  },
  {
    path: 'clusters/prod/image-automation.yaml',
    text: `apiVersion: image.toolkit.fluxcd.io/v1beta2
kind: ImageRepository
metadata:
  name: podinfo
spec:
  image: ghcr.io/stefanprodan/podinfo
  interval: 5m
---
apiVersion: image.toolkit.fluxcd.io/v1beta2
kind: ImagePolicy
metadata:
  name: podinfo
spec:
  imageRepositoryRef: {name: podinfo}
  policy:
    semver: {range: 6.x}
`,
    positives: [],
    decoys: ['image: ghcr.io/stefanprodan/podinfo', 'imageRepositoryRef'],
  },
  {
    path: 'charts/redis/templates/master/statefulset.yaml',
    text: `apiVersion: {{ include "common.capabilities.statefulset.apiVersion" . }}
kind: StatefulSet
metadata:
  name: {{ printf "%s-master" (include "common.names.fullname" .) }}
spec:
  template:
    spec:
      {{- include "redis.imagePullSecrets" . | nindent 6 }}
      containers:
        - name: redis
          image: {{ template "redis.image" . }}
          imagePullPolicy: {{ .Values.image.pullPolicy | quote }}
        {{- if .Values.metrics.enabled }}
        - name: metrics
          image: {{ include "common.images.image" (dict "imageRoot" .Values.metrics.image "global" .Values.global) }}
        {{- end }}
      {{- if .Values.volumePermissions.enabled }}
      initContainers:
        - name: volume-permissions
          image: {{ include "redis.volumePermissions.image" . }}
      {{- end }}
`,
    positives: [
      ['{{ template "redis.image" . }}', 'unresolved'],
      ['{{ include "common.images.image" (dict "imageRoot" .Values.metrics.image "global" .Values.global) }}', 'unresolved'],
      ['{{ include "redis.volumePermissions.image" . }}', 'unresolved'],
    ],
    decoys: ['imagePullSecrets', 'imagePullPolicy'],
  },
  {
    path: 'tools/Dockerfile',
    text: `ARG BASE_IMAGE
FROM --platform=$TARGETPLATFORM \${BASE_IMAGE:-alpine:3.19} AS base
FROM base
`,
    positives: [['alpine:3.19', 'tagged', 'FROM --platform']],
    decoys: ['FROM base'],
  },
];
