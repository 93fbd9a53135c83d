// One parse per file, handed to every scanner; CRD and schema documents are not parsed; the image
// and Kubernetes scanners share neutral helpers instead of importing each other.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { scanImages } from '../../../src/scanners/images/index.js';
import { scanKubernetes } from '../../../src/scanners/kubernetes/index.js';
import { parseSource, type ParsedSource } from '../../../src/scanners/shared/source.js';
import { classifyPath } from '../../../src/scanners/shared/formats.js';
import { parseYamlDocuments } from '../../../src/yaml/documents.js';
import type { SourceFile } from '../../../src/scanners/types.js';

const pod = (image: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: app\n      image: ${image}\n`;

describe('the shared parse', () => {
  it('is what both scanners read: a handed parse wins over re-reading the text', () => {
    const file: SourceFile = { path: 'k8s/pod.yaml', text: pod('nginx:1.0'), context: 'source' };
    const other = parseYamlDocuments(pod('redis:7.2'));
    let calls = 0;
    const handed: ParsedSource = { kind: 'yaml', yaml: () => (calls++, other) };
    expect(scanImages(file, handed).map((i) => i.image)).toEqual(['redis:7.2']);
    expect(scanKubernetes(file, handed).containers.map((c) => c.container)).toEqual(['app']);
    expect(calls).toBeGreaterThanOrEqual(2);
  });

  it('parses at most once per file, and only when asked', () => {
    const file: SourceFile = { path: 'k8s/pod.yaml', text: pod('nginx:1.0'), context: 'source' };
    const parsed = parseSource(file);
    const first = parsed.yaml();
    scanImages(file, parsed);
    scanKubernetes(file, parsed);
    expect(parsed.yaml()).toBe(first);
  });

  it('splits documents first and leaves CRD and JSON-schema documents unparsed, with file lines intact', () => {
    const crd = ['apiVersion: apiextensions.k8s.io/v1', 'kind: CustomResourceDefinition', 'metadata:', '  name: x.acme.io', 'spec:', '  versions:', '    - schema:', '        openAPIV3Schema:', '          properties:', '            image: {type: string, default: "busybox"}'];
    const text = ['# preamble comment', '---', ...crd, '---', '$schema: http://json-schema.org/draft-07/schema#', 'properties: {}', '---', ...pod('nginx').trimEnd().split('\n')].join('\n');
    const parsed = parseYamlDocuments(text);
    expect(parsed.skipped).toBe(2);
    expect(parsed.documents).toHaveLength(1);
    const images = scanImages({ path: 'bundle.yaml', text, context: 'source' }, parseSource({ path: 'bundle.yaml', text, context: 'source' }));
    expect(images.map((i) => `${i.line}:${i.column} ${i.image}`)).toEqual([`${text.split('\n').findIndex((l) => l.includes('image: nginx')) + 1}:14 nginx`]);
  });

  it('keeps the line-scan fallback for a broken document between good ones', () => {
    const text = [pod('a:1').trimEnd(), '---', 'apiVersion: v1', 'kind: Pod', 'spec:', '  containers:', '  - image: b:2', '   bad: [', '---', pod('c:3').trimEnd()].join('\n');
    const images = scanImages({ path: 'x.yaml', text, context: 'source' });
    expect(images.map((i) => i.image)).toEqual(['a:1', 'b:2', 'c:3']);
    expect(images.map((i) => i.line)).toEqual([8, 14, 24]);
  });
});

describe('formats read as Helm templates and Argo inline templates', () => {
  it('reads _*.tpl helpers in a chart as Helm templates', () => {
    expect(classifyPath('charts/a/templates/_helpers.tpl')).toBe('helm-template');
    expect(classifyPath('notes/_helpers.tpl')).toBe('other');
    const text = '{{- define "a.initContainer" -}}\n- name: init\n  image: busybox\n{{- end -}}\n';
    expect(scanImages({ path: 'charts/a/templates/_helpers.tpl', text, context: 'source' }).map((i) => `${i.line} ${i.image} ${i.status}`)).toEqual(['3 busybox untagged']);
  });

  it("reads Argo steps' inline templates, not their withItems data", () => {
    const text = [
      'apiVersion: argoproj.io/v1alpha1',
      'kind: Workflow',
      'metadata: {generateName: s-}',
      'spec:',
      '  templates:',
      '    - name: main',
      '      steps:',
      '        - - name: a',
      '            inline:',
      '              container:',
      '                image: argoproj/argosay:v2',
      '          - name: b',
      '            template: t',
      '            withItems:',
      "              - { image: 'debian', tag: '9.1' }",
    ].join('\n');
    expect(scanImages({ path: 'wf.yaml', text, context: 'source' }).map((i) => `${i.line} ${i.image}`)).toEqual(['11 argoproj/argosay:v2']);
  });
});

describe('module boundaries', () => {
  const root = path.resolve(process.cwd(), 'src/scanners');
  const imports = (dir: string) =>
    readdirSync(path.join(root, dir))
      .filter((name) => name.endsWith('.ts'))
      .flatMap((name) => [...readFileSync(path.join(root, dir, name), 'utf8').matchAll(/from '([^']+)'/g)].map((m) => `${dir}/${name} -> ${m[1]}`));

  it('the image and Kubernetes scanners do not import each other', () => {
    expect(imports('images').filter((line) => /\/kubernetes\//.test(line))).toEqual([]);
    expect(imports('kubernetes').filter((line) => /\/images\//.test(line))).toEqual([]);
  });

  it('no scanner keeps a parse at module level', () => {
    for (const dir of ['images', 'kubernetes', 'shared']) {
      for (const name of readdirSync(path.join(root, dir)).filter((n) => n.endsWith('.ts'))) {
        expect(readFileSync(path.join(root, dir, name), 'utf8')).not.toMatch(/^let /m);
      }
    }
  });
});
