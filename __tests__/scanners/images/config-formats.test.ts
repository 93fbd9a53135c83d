import { scanImages } from '../../../src/scanners/images/index.js';
import type { ImageReference, SourceFile } from '../../../src/scanners/types.js';

const file = (path: string, text: string): SourceFile => ({ path, text, context: 'source' });
const rows = (refs: ImageReference[]) => refs.map((r) => [r.line, r.column, r.image, r.status, r.container]);
const D = `sha256:${'ab'.repeat(32)}`;

describe('Helm values', () => {
  it('composes registry/repository/tag/digest blocks and reads plain image strings', () => {
    const text = `replicaCount: 1
image:
  registry: docker.io
  repository: bitnami/nginx
  tag: 1.27.0-debian-12-r0
  digest: ""
  pullPolicy: IfNotPresent
controller:
  image:
    repository: registry.k8s.io/ingress-nginx/controller
    tag: "v1.11.1"
    digest: ${D}
app:
  image:
    repository: ghcr.io/acme/app
    tag: ""
metrics:
  image:
    repository: prom/statsd-exporter
    tag: latest
tests:
  image: busybox
initImage: "curlimages/curl:8.8.0"
sidecars:
  - name: shipper
    image: fluent/fluent-bit:3.0
versioned:
  image:
    repository: acme/legacy
    tag: 1.20
ingress:
  annotations: {}
  image: https://example.com/banner.png
chart:
  repository: https://charts.bitnami.com/bitnami
`;
    const refs = scanImages(file('charts/web/values.yaml', text));
    expect(rows(refs)).toEqual([
      [4, 15, 'docker.io/bitnami/nginx:1.27.0-debian-12-r0', 'tagged', undefined],
      [10, 17, `registry.k8s.io/ingress-nginx/controller:v1.11.1@${D}`, 'digest', 'controller'],
      [15, 17, 'ghcr.io/acme/app', 'unresolved', 'app'],
      [19, 17, 'prom/statsd-exporter:latest', 'latest', 'metrics'],
      [22, 10, 'busybox', 'untagged', 'tests'],
      [23, 13, 'curlimages/curl:8.8.0', 'tagged', undefined],
      [26, 12, 'fluent/fluent-bit:3.0', 'tagged', 'shipper'],
      [29, 17, 'acme/legacy:1.20', 'tagged', 'versioned'],
    ]);
    expect(refs.every((r) => r.source === 'helm-values')).toBe(true);
  });

  it('accepts values-*.yaml and values.*.yaml names', () => {
    const text = 'image:\n  repository: nginx\n  tag: "1.27"\n';
    expect(scanImages(file('chart/values-prod.yaml', text)).map((r) => r.image)).toEqual(['nginx:1.27']);
    expect(scanImages(file('chart/values.staging.yml', text)).map((r) => r.image)).toEqual(['nginx:1.27']);
  });

  it('reads Helm templates line by line without crashing', () => {
    const text = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "web.fullname" . }}
spec:
  template:
    spec:
      {{- with .Values.imagePullSecrets }}
      imagePullSecrets:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      containers:
        - name: {{ .Chart.Name }}
          image: "{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}"
          imagePullPolicy: {{ .Values.image.pullPolicy }}
        # image: commented:latest
        - name: helper
          image: busybox:1.36
        - name: other
          image: {{ .Values.other.image }}
`;
    const refs = scanImages(file('charts/web/templates/deployment.yaml', text));
    expect(rows(refs)).toEqual([
      [14, 19, '{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}', 'unresolved', undefined],
      [18, 18, 'busybox:1.36', 'tagged', undefined],
      [20, 18, '{{ .Values.other.image }}', 'unresolved', undefined],
    ]);
  });
});

describe('Kustomize', () => {
  it('reads images: name/newName/newTag/digest', () => {
    const text = `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources:
  - deployment.yaml
images:
  - name: nginx
    newTag: 1.27.0
  - name: app
    newName: ghcr.io/acme/app
    digest: ${D}
  - name: redis
    newName: my.registry/redis
  - name: worker
    newTag: latest
`;
    const refs = scanImages(file('overlays/prod/kustomization.yaml', text));
    expect(rows(refs)).toEqual([
      [6, 11, 'nginx:1.27.0', 'tagged', 'nginx'],
      [8, 11, `ghcr.io/acme/app@${D}`, 'digest', 'app'],
      [11, 11, 'my.registry/redis', 'unresolved', 'redis'],
      [13, 11, 'worker:latest', 'latest', 'worker'],
    ]);
    expect(refs.every((r) => r.source === 'kustomize')).toBe(true);
  });
});

describe('docker-compose', () => {
  it('reads services.*.image, skips services that build their image and applies merge keys', () => {
    const text = `x-common: &common
  image: acme/base:2.0
  restart: unless-stopped
services:
  web:
    image: "nginx:1.27-alpine"
    ports: ["80:80"]
  api:
    build: ./api
  db:
    image: postgres:latest
  cache:
    image: redis
  worker:
    <<: *common
  tagged-build:
    build: .
    image: ghcr.io/acme/app:\${TAG:-dev}
`;
    const refs = scanImages(file('docker-compose.yml', text));
    expect(rows(refs)).toEqual([
      [2, 10, 'acme/base:2.0', 'tagged', 'worker'],
      [6, 13, 'nginx:1.27-alpine', 'tagged', 'web'],
      [11, 12, 'postgres:latest', 'latest', 'db'],
      [13, 12, 'redis', 'untagged', 'cache'],
    ]);
    expect(refs.every((r) => r.source === 'compose')).toBe(true);
  });

  it('reads a Jinja-templated compose file line by line', () => {
    const text = 'services:\n  proxy:\n    image: "traefik:v3.1"\n    networks:\n      - {{ edge_network }}\n{% if metrics %}\n  metrics:\n    image: prom/prometheus\n{% endif %}\n';
    expect(rows(scanImages(file('deploy/docker-compose.yml.j2', text)))).toEqual([
      [3, 13, 'traefik:v3.1', 'tagged', undefined],
      [8, 12, 'prom/prometheus', 'untagged', undefined],
    ]);
  });

  it('recognises compose*.yaml names and compose-shaped files, and v1 files', () => {
    const text = 'services:\n  app:\n    image: acme/app:1\n';
    expect(scanImages(file('compose.prod.yaml', text)).map((r) => r.image)).toEqual(['acme/app:1']);
    expect(scanImages(file('deploy/stack.yml', text)).map((r) => r.image)).toEqual(['acme/app:1']);
    expect(scanImages(file('docker-compose.v1.yml', 'web:\n  image: nginx:1.0\n  links: [db]\ndb:\n  image: mysql:5.7\n')).map((r) => r.image)).toEqual([
      'nginx:1.0',
      'mysql:5.7',
    ]);
  });
});

describe('GitHub workflows', () => {
  it('reads job containers, service containers and docker:// steps', () => {
    const text = `name: ci
on: [push]
jobs:
  test:
    runs-on: ubuntu-latest
    container: node:20-bookworm
    services:
      postgres:
        image: postgres:16
        env: {POSTGRES_PASSWORD: x}
      redis:
        image: redis
    steps:
      - uses: actions/checkout@v4
      - name: lint
        uses: docker://github/super-linter:v5
      - uses: 'docker://alpine'
  build:
    runs-on: ubuntu-latest
    container:
      image: ghcr.io/acme/builder:\${{ matrix.version }}
      credentials: {username: x}
`;
    const refs = scanImages(file('.github/workflows/ci.yml', text));
    expect(rows(refs)).toEqual([
      [6, 16, 'node:20-bookworm', 'tagged', 'test'],
      [9, 16, 'postgres:16', 'tagged', 'postgres'],
      [12, 16, 'redis', 'untagged', 'redis'],
      [16, 24, 'github/super-linter:v5', 'tagged', 'lint'],
      [17, 25, 'alpine', 'untagged', 'test'],
      [21, 14, 'ghcr.io/acme/builder:${{ matrix.version }}', 'unresolved', 'build'],
    ]);
    expect(refs.every((r) => r.source === 'github-workflow')).toBe(true);
  });

  it('reads docker actions (action.yml)', () => {
    const text = "name: x\nruns:\n  using: docker\n  image: 'docker://ghcr.io/acme/tool:1.0'\n";
    expect(scanImages(file('action.yml', text)).map((r) => [r.line, r.column, r.image])).toEqual([[4, 20, 'ghcr.io/acme/tool:1.0']]);
    expect(scanImages(file('action.yml', 'runs:\n  using: docker\n  image: Dockerfile\n'))).toEqual([]);
  });
});

describe('broken YAML', () => {
  it('falls back to a line scan for documents that do not parse and never throws', () => {
    const text = `apiVersion: v1
kind: Pod
metadata:
  name: broken
spec:
  containers:
    - name: a
      image: nginx:1.27
     bad: indentation: here
    - name: b
      image: "redis:latest"
---
apiVersion: v1
kind: Pod
metadata: {name: fine}
spec:
  containers: [{name: c, image: "alpine:3.20"}]
`;
    const refs = scanImages(file('k8s/broken.yaml', text));
    expect(refs.map((r) => [r.line, r.image, r.status])).toEqual([
      [8, 'nginx:1.27', 'tagged'],
      [11, 'redis:latest', 'latest'],
      [17, 'alpine:3.20', 'tagged'],
    ]);
  });

  it('survives garbage, duplicate keys, huge alias bombs and binary-ish text', () => {
    const inputs = [
      '{{{{ ::: ]]] image: [',
      'a: &a [1,2]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n',
      'services:\n  web:\n    image: a:1\n    image: b:2\n',
      '\u0000\u0001\u0002',
      '- - - - -\n  image:\n',
    ];
    for (const text of inputs) {
      for (const path of ['x.yaml', 'docker-compose.yml', 'values.yaml', '.github/workflows/x.yml', 'Dockerfile', 'templates/x.yaml']) {
        expect(() => scanImages(file(path, text))).not.toThrow();
      }
    }
    expect(scanImages(file('docker-compose.yml', inputs[2]!)).map((r) => r.image)).toEqual(['a:1', 'b:2']);
  });
});

describe('Helm values and Argo CD overrides', () => {
  it('reads `version` as the tag of an image block under an image-like key only', () => {
    const text = `exporterImage:
  registry: quay.io
  repository: acme/exporter
  version: 0.9.1
chart:
  repository: acme/charts
  version: 1.2.3
`;
    expect(rows(scanImages(file('values.yaml', text)))).toEqual([[3, 15, 'quay.io/acme/exporter:0.9.1', 'tagged', undefined]]);
  });

  it('reads Argo CD kustomize.images overrides', () => {
    const text = `apiVersion: argoproj.io/v1alpha1
kind: Application
spec:
  source:
    repoURL: https://git.example.org/deploy.git
    kustomize:
      images:
        - app=registry.example.org/acme/app:2.4.0
        - "redis:7.2"
        - worker=registry.example.org/acme/worker
`;
    expect(rows(scanImages(file('apps/shop.yaml', text)))).toEqual([
      [8, 15, 'registry.example.org/acme/app:2.4.0', 'tagged', undefined],
      [9, 12, 'redis:7.2', 'tagged', undefined],
      [10, 18, 'registry.example.org/acme/worker', 'unresolved', undefined],
    ]);
  });
});
