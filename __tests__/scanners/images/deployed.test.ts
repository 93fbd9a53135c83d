// Images as deployed: the tree-level pass over kustomization trees and Helm charts, as a pure
// resolver over facts, and end to end through the tree scan of a temporary directory.
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { resolveDeployedImages } from '../../../src/scanners/images/deployed.js';
import { resolveTreeFacts, scanTree } from '../../../src/engine/scan-tree.js';
import type { ChartFacts, ImageReference, KustomizationFacts } from '../../../src/scanners/types.js';
import { parseImageReference } from '../../../src/scanners/images/reference.js';

const ref = (p: string, image: string, line = 10, source: ImageReference['source'] = 'kubernetes'): ImageReference => ({
  path: p,
  line,
  column: 16,
  image,
  status: parseImageReference(image).status,
  source,
});
const kustomization = (p: string, resources: string[], images: KustomizationFacts['images'] = [], components: string[] = []): KustomizationFacts => ({
  path: p,
  resources,
  components,
  images,
});

describe('Kustomize images applied across the kustomization tree', () => {
  it('pins an untagged base image that the base kustomization pins, with the entry as evidence', () => {
    const image = ref('app/base/deployment.yaml', 'ghcr.io/acme/api');
    const changed = resolveDeployedImages([image], [kustomization('app/base/kustomization.yaml', ['deployment.yaml'], [{ name: 'ghcr.io/acme/api', newTag: 'v1.2.0', line: 5, column: 9 }])], []);
    expect(changed).toEqual([image]);
    expect(image.status).toBe('tagged');
    expect(image.image).toBe('ghcr.io/acme/api');
    expect(image.deployed).toEqual({ image: 'ghcr.io/acme/api:v1.2.0', status: 'tagged', by: [{ path: 'app/base/kustomization.yaml', line: 5, column: 9 }] });
  });

  it('applies an overlay that lists ../../base to the base resources, and a :latest base becomes pinned', () => {
    const image = ref('app/base/deployment.yaml', 'acme/api:latest');
    resolveDeployedImages(
      [image],
      [
        kustomization('app/base/kustomization.yaml', ['deployment.yaml']),
        kustomization('app/overlays/prod/kustomization.yaml', ['../../base'], [{ name: 'acme/api', digest: `sha256:${'a'.repeat(64)}`, line: 7, column: 9 }]),
      ],
      [],
    );
    expect(image.status).toBe('digest');
    expect(image.deployed?.image).toBe(`acme/api@sha256:${'a'.repeat(64)}`);
    expect(image.deployed?.by).toEqual([{ path: 'app/overlays/prod/kustomization.yaml', line: 7, column: 9 }]);
  });

  it('keeps the base tag when an entry only renames, and keeps it untagged when it only names', () => {
    const tagged = ref('a/deploy.yaml', 'acme/api:1.4', 3);
    const untagged = ref('a/deploy.yaml', 'acme/worker', 9);
    const named = ref('a/deploy.yaml', 'acme/cron', 12);
    resolveDeployedImages(
      [tagged, untagged, named],
      [
        kustomization('a/kustomization.yaml', ['deploy.yaml'], [
          { name: 'acme/api', newName: 'registry.acme.io/api', line: 2, column: 9 },
          { name: 'acme/worker', newName: 'registry.acme.io/worker', line: 4, column: 9 },
          { name: 'acme/cron', line: 6, column: 9 },
        ]),
      ],
      [],
    );
    expect(tagged.deployed).toMatchObject({ image: 'registry.acme.io/api:1.4', status: 'tagged' });
    expect(untagged.status).toBe('untagged');
    expect(untagged.deployed).toMatchObject({ image: 'registry.acme.io/worker', status: 'untagged' });
    expect(named.status).toBe('untagged');
    expect(named.deployed).toMatchObject({ image: 'acme/cron', status: 'untagged' });
  });

  it('judges a base by every root that deploys it: one overlay that does not pin keeps the finding', () => {
    const image = ref('svc/base/deploy.yaml', 'acme/api');
    resolveDeployedImages(
      [image],
      [
        kustomization('svc/base/kustomization.yaml', ['deploy.yaml']),
        kustomization('svc/overlays/prod/kustomization.yaml', ['../../base'], [{ name: 'acme/api', newTag: '2.0.1', line: 4, column: 9 }]),
        kustomization('svc/overlays/dev/kustomization.yaml', ['../../base']),
      ],
      [],
    );
    expect(image.status).toBe('untagged');
    const changedBoth = ref('svc/base/deploy.yaml', 'acme/api');
    resolveDeployedImages(
      [changedBoth],
      [
        kustomization('svc/base/kustomization.yaml', ['deploy.yaml']),
        kustomization('svc/overlays/prod/kustomization.yaml', ['../../base'], [{ name: 'acme/api', newTag: '2.0.1', line: 4, column: 9 }]),
        kustomization('svc/overlays/dev/kustomization.yaml', ['../../base'], [{ name: 'acme/api', newTag: '2.0.1-rc1', line: 4, column: 9 }]),
      ],
      [],
    );
    expect(changedBoth.status).toBe('tagged');
    expect(changedBoth.deployed?.by.map((b) => b.path)).toEqual(['svc/overlays/dev/kustomization.yaml', 'svc/overlays/prod/kustomization.yaml']);
  });

  it('runs the innermost kustomization first: the base renames, the overlay tags the new name', () => {
    const image = ref('x/base/d.yaml', 'nginx');
    resolveDeployedImages(
      [image],
      [
        kustomization('x/base/kustomization.yaml', ['d.yaml'], [{ name: 'nginx', newName: 'mirror.acme.io/nginx', line: 3, column: 9 }]),
        kustomization('x/overlay/kustomization.yaml', ['../base'], [{ name: 'mirror.acme.io/nginx', newTag: '1.27.0', line: 3, column: 9 }]),
      ],
      [],
    );
    expect(image.deployed).toMatchObject({ image: 'mirror.acme.io/nginx:1.27.0', status: 'tagged' });
  });

  it('applies a component to the resources of the kustomization that lists it', () => {
    const image = ref('c/base/d.yaml', 'acme/api');
    resolveDeployedImages(
      [image],
      [
        kustomization('c/base/kustomization.yaml', ['d.yaml']),
        kustomization('c/components/pin/kustomization.yaml', [], [{ name: 'acme/api', newTag: '3.1.4', line: 5, column: 9 }]),
        kustomization('c/overlay/kustomization.yaml', ['../base'], [], ['../components/pin']),
      ],
      [],
    );
    expect(image.deployed).toMatchObject({ image: 'acme/api:3.1.4', status: 'tagged' });
  });

  it('leaves files no kustomization includes, remote bases and placeholders alone, and survives cycles', () => {
    const outside = ref('loose/pod.yaml', 'acme/api');
    const templated = ref('k/d.yaml', '${IMAGE}');
    const changed = resolveDeployedImages(
      [outside, templated],
      [
        kustomization('k/kustomization.yaml', ['d.yaml', 'https://github.com/acme/base?ref=v1', '../k2'], [{ name: 'acme/api', newTag: '1', line: 1, column: 1 }]),
        kustomization('k2/kustomization.yaml', ['../k'], [{ name: 'acme/api', newTag: '1', line: 1, column: 1 }]),
      ],
      [],
    );
    expect(changed).toEqual([]);
    expect(outside.status).toBe('untagged');
    expect(templated.status).toBe('unresolved');
  });

  it('gives a version-less images entry the version of the resources it matched', () => {
    const base = ref('p/d.yaml', 'prom/prometheus:v2.53.0');
    const entry = ref('p/kustomization.yaml', 'prom/prometheus', 11, 'kustomize');
    entry.status = 'unresolved';
    resolveDeployedImages([base, entry], [kustomization('p/kustomization.yaml', ['d.yaml'], [{ name: 'prom/prometheus', line: 11, column: 16 }])], []);
    expect(entry.status).toBe('tagged');
    expect(entry.deployed?.by).toEqual([{ path: 'p/d.yaml', line: 10, column: 16 }]);
  });
});

describe('Helm: an empty tag falls back to the chart appVersion', () => {
  const values = (p: string): ImageReference => ({ ...ref(p, 'quay.io/prometheus/node-exporter', 20, 'helm-values'), status: 'unresolved', tagFrom: 'chart-app-version' });
  const chart = (p: string, appVersion?: string): ChartFacts => ({ path: p, line: 4, column: 13, ...(appVersion ? { appVersion } : {}) });

  it('pins to appVersion when Chart.yaml sets it, including for ci/ values', () => {
    const root = values('charts/node/values.yaml');
    const ci = values('charts/node/ci/values-port.yaml');
    resolveDeployedImages([root, ci], [], [chart('charts/node/Chart.yaml', '1.8.2')]);
    for (const image of [root, ci]) {
      expect(image.status).toBe('tagged');
      expect(image.deployed).toEqual({ image: 'quay.io/prometheus/node-exporter:1.8.2', status: 'tagged', by: [{ path: 'charts/node/Chart.yaml', line: 4, column: 13 }] });
    }
  });

  it('is untagged when Chart.yaml sets no appVersion, and stays unresolved with no chart in the tree', () => {
    const unset = values('charts/a/values.yaml');
    const lost = values('elsewhere/values.yaml');
    resolveDeployedImages([unset, lost], [], [chart('charts/a/Chart.yaml')]);
    expect(unset.status).toBe('untagged');
    expect(lost.status).toBe('unresolved');
  });
});

describe('the tree-level pass over a scanned tree', () => {
  let root: string;
  const write = (rel: string, text: string) => {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), text);
  };
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'rg-deployed-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const scan = (files: string[]) => {
    const { facts } = scanTree(root, files, { secrets: {}, requireDigest: false, maxFileBytes: 1 << 20 });
    resolveTreeFacts(facts, { requireDigest: false });
    return facts;
  };

  it('drops the finding of a base image an overlay pins, and keeps one with both lines for a base it does not', () => {
    write('base/deployment.yaml', 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          image: ghcr.io/acme/api\n        - name: side\n          image: ghcr.io/acme/side:latest\n');
    write('base/kustomization.yaml', 'resources:\n  - deployment.yaml\n');
    write('overlays/prod/kustomization.yaml', 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - ../../base\nimages:\n  - name: ghcr.io/acme/api\n    newTag: v1.4.2\n  - name: ghcr.io/acme/side\n    newName: ghcr.io/acme/sidecar\n');
    const facts = scan(['base/deployment.yaml', 'base/kustomization.yaml', 'overlays/prod/kustomization.yaml']);
    const findings = facts.findings.filter((f) => f.category === 'image');
    expect(findings.map((f) => `${f.path}:${f.line} ${f.ruleId}`)).toEqual(['base/deployment.yaml:12 images/latest-tag']);
    expect(findings[0]!.message).toContain("deployed as 'ghcr.io/acme/sidecar:latest'");
    expect(findings[0]!.related).toEqual([{ path: 'overlays/prod/kustomization.yaml', line: 8, column: 11 }]);
    expect(facts.images.find((i) => i.line === 10)?.status).toBe('tagged');
  });

  it('reads images in inline patches and JSON6902 patch files, and applies the kustomization to them', () => {
    write('k/kustomization.yaml', [
      'resources:',
      '  - deploy.yaml',
      'patches:',
      '  - path: add-sidecar.yaml',
      '    target: {kind: Deployment}',
      '  - patch: |-',
      '      - op: replace',
      '        path: /spec/template/spec/containers/0/image',
      '        value: acme/api',
      '    target: {kind: Deployment}',
      'images:',
      '  - name: acme/api',
      '    newTag: 9.9.9',
      '',
    ].join('\n'));
    write('k/deploy.yaml', 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: a\n      image: acme/api:1.0\n');
    write('k/add-sidecar.yaml', '- op: add\n  path: /spec/template/spec/containers/-\n  value:\n    name: proxy\n    image: acme/proxy\n');
    const facts = scan(['k/kustomization.yaml', 'k/deploy.yaml', 'k/add-sidecar.yaml']);
    const inline = facts.images.find((i) => i.path === 'k/kustomization.yaml' && i.source === 'kubernetes');
    expect(inline).toMatchObject({ line: 9, column: 16, image: 'acme/api', status: 'tagged' });
    const patchFile = facts.images.find((i) => i.path === 'k/add-sidecar.yaml');
    expect(patchFile).toMatchObject({ line: 5, column: 12, image: 'acme/proxy', status: 'untagged', container: 'proxy' });
    expect(facts.findings.filter((f) => f.category === 'image').map((f) => `${f.path}:${f.line}`)).toEqual(['k/add-sidecar.yaml:5']);
  });

  it('settles an empty Helm tag from Chart.yaml, with that message when appVersion is missing', () => {
    write('charts/a/Chart.yaml', 'apiVersion: v2\nname: a\nversion: 1.0.0\nappVersion: "2.4.1"\n');
    write('charts/a/values.yaml', 'image:\n  repository: quay.io/acme/a\n  tag: ""\n');
    write('charts/b/Chart.yaml', 'apiVersion: v2\nname: b\nversion: 1.0.0\n');
    write('charts/b/values.yaml', 'image:\n  repository: quay.io/acme/b\n  tag: ""\n');
    const facts = scan(['charts/a/Chart.yaml', 'charts/a/values.yaml', 'charts/b/Chart.yaml', 'charts/b/values.yaml']);
    expect(facts.images.map((i) => `${i.path} ${i.status} ${i.deployed?.image ?? ''}`)).toEqual([
      'charts/a/values.yaml tagged quay.io/acme/a:2.4.1',
      'charts/b/values.yaml untagged quay.io/acme/b',
    ]);
    const findings = facts.findings.filter((f) => f.category === 'image');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ path: 'charts/b/values.yaml', ruleId: 'images/untagged', related: [{ path: 'charts/b/Chart.yaml', line: 1, column: 1 }] });
    expect(findings[0]!.message).toContain("Helm uses the chart's appVersion");
    expect(findings[0]!.message).not.toContain('depends on a variable');
  });
});

describe('messages for versions other files decide', () => {
  it('says why an empty Helm tag or a version-less images entry cannot be settled here', async () => {
    const { imageFindings } = await import('../../../src/scanners/images/findings.js');
    const helm: ImageReference = { ...ref('values.yaml', 'acme/a', 3, 'helm-values'), status: 'unresolved', tagFrom: 'chart-app-version' };
    const entry: ImageReference = { ...ref('kustomization.yaml', 'acme/b', 4, 'kustomize'), status: 'unresolved' };
    const [h, e] = imageFindings([helm, entry], { requireDigest: false });
    expect(h!.message).toContain("Helm uses the chart's appVersion, and no Chart.yaml of this chart is in the tree");
    expect(e!.message).toContain('sets no newTag or digest');
    expect(`${h!.message} ${e!.message}`).not.toContain('depends on a variable');
  });

  it('names the deployed reference when a kustomization writes an invalid one', async () => {
    const { imageFindings } = await import('../../../src/scanners/images/findings.js');
    const image = ref('r/d.yaml', 'docker');
    resolveDeployedImages([image], [kustomization('r/kustomization.yaml', ['d.yaml'], [{ name: 'docker', newName: 'my-docker2', digest: 'sha256:25a0d4', line: 17, column: 9 }])], []);
    expect(image.status).toBe('unresolved');
    const [finding] = imageFindings([image], { requireDigest: false });
    expect(finding).toMatchObject({ ruleId: 'images/unresolved', related: [{ path: 'r/kustomization.yaml', line: 17, column: 9 }] });
    expect(finding!.message).toContain("deployed as 'my-docker2@sha256:25a0d4'");
    expect(finding!.message).toContain('not a valid image reference');
  });
});
