// Differential test: the js-yaml-based fast parse (src/yaml/fast-parse.ts) must give the same
// yaml-library nodes as the yaml library itself, node for node (kind, value, style, source,
// anchor, range), or decline (then parseYamlDocuments uses the library, as before).
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { isAlias, isMap, isPair, isScalar, isSeq, parseAllDocuments } from 'yaml';
import { fastParseDocument, NotRepresentable } from '../../src/yaml/fast-parse.js';
import { parseYamlDocuments } from '../../src/yaml/documents.js';
import { entries, positionOf, scalarText, sourceText, get, deref } from '../../src/yaml/ast.js';

const OPTIONS = { uniqueKeys: true, schema: 'core', merge: false, prettyErrors: false, strict: true, logLevel: 'error' } as const;

function kindOf(n: unknown): string {
  if (n === null || n === undefined) return 'null';
  if (isMap(n)) return 'map';
  if (isSeq(n)) return 'seq';
  if (isScalar(n)) return 'scalar';
  if (isAlias(n)) return 'alias';
  if (isPair(n)) return 'pair';
  return 'other';
}

/** The first difference between two node trees, or undefined. Block collections' ends are not compared (see fast-parse.ts). */
function difference(a: unknown, b: unknown, path = '$'): string | undefined {
  const ka = kindOf(a);
  const kb = kindOf(b);
  if (ka !== kb) return `${path}: kind ${ka} vs ${kb}`;
  if (ka === 'null') return undefined;
  const x = a as Record<string, any>;
  const y = b as Record<string, any>;
  if (ka === 'pair') return difference(x.key, y.key, `${path}.key`) ?? difference(x.value, y.value, `${path}.value`);
  const block = (ka === 'map' || ka === 'seq') && !x.flow;
  if (x.range?.[0] !== y.range?.[0] || (!block && x.range?.[1] !== y.range?.[1])) {
    return `${path}: range ${JSON.stringify(x.range)} vs ${JSON.stringify(y.range)}`;
  }
  if ((x.anchor ?? null) !== (y.anchor ?? null)) return `${path}: anchor ${x.anchor} vs ${y.anchor}`;
  if (ka === 'alias') return x.source === y.source ? undefined : `${path}: alias ${x.source} vs ${y.source}`;
  if (ka === 'scalar') {
    for (const field of ['value', 'type', 'source', 'format', 'minFractionDigits', 'tag']) {
      if (!Object.is(x[field], y[field])) return `${path}: ${field} ${JSON.stringify(x[field])} vs ${JSON.stringify(y[field])}`;
    }
    return undefined;
  }
  if (!!x.flow !== !!y.flow) return `${path}: flow`;
  if (x.items.length !== y.items.length) return `${path}: ${x.items.length} vs ${y.items.length} items`;
  for (let k = 0; k < x.items.length; k++) {
    const found = difference(x.items[k], y.items[k], `${path}[${k}]`);
    if (found) return found;
  }
  return undefined;
}

type Outcome = { fast: 'same' | 'declined'; nodes: number };

/** Compares the two parses; fails the test on any difference. */
function agree(text: string): Outcome {
  const docs = parseAllDocuments(text, OPTIONS);
  const library = Array.isArray(docs) && docs.length === 1 ? docs[0]! : undefined;
  let fast;
  try {
    fast = fastParseDocument(text);
  } catch (error) {
    if (!(error instanceof NotRepresentable)) throw error;
    return { fast: 'declined', nodes: 0 };
  }
  // Accepted by the fast parse: the library must accept it too, with the same tree.
  expect(library?.errors.map((e) => e.code) ?? ['several documents']).toEqual([]);
  expect(difference(library!.contents, fast.doc.contents)).toBeUndefined();
  for (let offset = 0; offset <= text.length; offset += 7) {
    expect(fast.lineCounter.linePos(offset)).toEqual(library && new LineCounterOf(text).linePos(offset));
  }
  let nodes = 0;
  const count = (n: unknown): void => {
    nodes++;
    if (isPair(n)) { count(n.key); count(n.value); }
    if (isMap(n) || isSeq(n)) for (const item of n.items) count(item);
  };
  count(fast.doc.contents);
  return { fast: 'same', nodes };
}

/** The line positions the yaml library's parser records. */
class LineCounterOf {
  readonly starts: number[] = [0];
  constructor(text: string) {
    for (let k = text.indexOf('\n'); k >= 0; k = text.indexOf('\n', k + 1)) this.starts.push(k + 1);
  }
  linePos(offset: number): { line: number; col: number } {
    let line = 0;
    while (line + 1 < this.starts.length && this.starts[line + 1]! <= offset) line++;
    return { line: line + 1, col: offset - this.starts[line]! + 1 };
  }
}

const SAME: Record<string, string> = {
  'helm values': [
    '# Default values',
    'replicaCount: 1',
    'image:',
    '  repository: nginx   # the image',
    '  tag: ""',
    '  pullPolicy: IfNotPresent',
    'imagePullSecrets: []',
    'podAnnotations: {}',
    'resources: {}',
    '  # limits:',
    '  #   cpu: 100m',
    'nodeSelector: {}',
    'tolerations: []',
    'ingress:',
    '  enabled: false',
    '  hosts:',
    '    - host: chart-example.local',
    '      paths:',
    '        - path: /',
    '          pathType: ImplementationSpecific',
    'extraEnv:',
    '',
    'extraContainers: |',
    '',
    'last: x',
    '',
  ].join('\n'),
  'k8s deployment': [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: web',
    '  labels: {app: web, tier: "front"}',
    'spec:',
    '  replicas: 3',
    '  template:',
    '    spec:',
    '      securityContext:',
    '        runAsNonRoot: true',
    '        runAsUser: 1000',
    '      containers:',
    '      - name: web',
    '        image: "nginx:1.25"',
    "        args: ['--port', \"8080\"]",
    '        command:',
    '        - sh',
    '        - -c',
    '        - |',
    '          echo start',
    '            indented',
    '          exec nginx',
    '        resources:',
    '          limits: {cpu: 500m, memory: 128Mi}',
  ].join('\n'),
  compose: [
    'version: "3.8"',
    'x-common: &common',
    '  restart: always',
    '  environment:',
    '    - A=1',
    'services:',
    '  db:',
    '    <<: *common',
    '    image: postgres:16',
    '    ports: ["5432:5432"]',
    '  web:',
    '    <<: [*common]',
    '    image: ${IMAGE:-web}:latest',
    '    depends_on: [db]',
    '',
  ].join('\n'),
  kustomization: [
    'apiVersion: kustomize.config.k8s.io/v1beta1',
    'kind: Kustomization',
    'resources:',
    '- base',
    '- ../overlay # comment',
    'images:',
    '- name: app',
    '  newName: registry.example/app',
    '  newTag: v1.2.3',
    '  digest: sha256:abc',
    'patches:',
    '- patch: |-',
    '    - op: replace',
    '      path: /spec/template/spec/containers/0/image',
    '      value: nginx:1.2',
    '  target: {kind: Deployment}',
    'components:',
  ].join('\n'),
  'scalars and styles': [
    'plain: hello world',
    'multi: first line',
    '  second line',
    '  third',
    'dq: "a \\"quoted\\" \\u00e9 \\n value"',
    "sq: 'it''s'",
    'dqmulti: "one',
    '  two"',
    'folded: >',
    '  folded',
    '  text',
    '',
    '  para',
    'keep: |+',
    '  keep',
    '',
    'strip: >-',
    '  strip',
    'indent: |2',
    '    two extra',
    'empty:',
    'tilde: ~',
    'null1: null',
    'Null2: NULL',
    'bools: [true, True, TRUE, false, yes, no, on, off]',
    'ints: [0, 010, -5, +7, 0o17, 0x1F, 0x1f, 1_000, 12345678901234567890]',
    'floats: [1.10, 1.0, .5, -.5, 1e3, 1.5E-2, .inf, -.Inf, +.INF, .nan, 1., 6.02e+23]',
    'version: 1.10',
    'octal: 0755',
    'date: 2024-01-01',
    'colon: a:b',
    'hash: a#b',
    'url: http://x/y?z=1#frag',
    '"quoted key": 1',
    "'single key': 2",
    '123: numeric key',
    'true: bool key',
    '? ~',
    '',
  ].join('\n').replace('? ~\n', ''),
  'flow collections': [
    'a: {x: 1, y: [1, 2, {z: 3}], "k": v}',
    'b: [ ]',
    'c: { }',
    'd: {single}',
    'e: [a, b, ]',
    'f: {{ .Values.image }}',
    'g: [ "a", ',
    '     "b" ]',
    'h: {a: , b: 1}',
  ].join('\n'),
  'anchors and aliases': [
    'base: &base',
    '  a: 1',
    '  b: [1, 2]',
    'list: &list',
    '  - x',
    'scalar: &s value',
    'other:',
    '  <<: *base',
    '  b: 3',
    '  s: *s',
    '  l: *list',
    '  l2: [*s, *list]',
  ].join('\n'),
  comments: ['# top', 'a: 1 # after', '# between', 'b:', '  # inside', '  c: 2', '# end', ''].join('\n'),
  crlf: 'a: 1\r\nb:\r\n  - x\r\n  - "y"\r\nc: |\r\n  line1\r\n  line2\r\nd: plain\r\n  folded\r\n',
  tabs: 'a:\t1\nb: "tab\there"\nc: x\t# comment\n',
  'json document': '{\n  "name": "x",\n  "list": [\n    1,\n    "two"\n  ],\n  "nested": {"a": null}\n}\n',
  'sequence at top': '- a\n- b: 1\n  c: 2\n- - nested\n  - seq\n- {x: y}\n',
  'document marker': '---\na: 1\n',
  'top scalar': 'just a string\n',
  'explicit key': '? a\n: b\nc: d\n',
  'template as a flow map': 'image: {{ .Values.image }}\nname: {{ include "x" . }}\n',
  unicode: 'name: "héllo ✓"\nemoji: 🎉\n',
};

describe('fast YAML parse against the yaml library', () => {
  for (const [name, text] of Object.entries(SAME)) {
    it(`${name}: same nodes, values, styles and ranges`, () => {
      const outcome = agree(text);
      expect(outcome.fast).toBe('same');
      expect(outcome.nodes).toBeGreaterThan(name === 'top scalar' ? 0 : 1);
    });
  }

  const DECLINED: Record<string, string> = {
    'duplicate key': 'a: 1\nb: 2\na: 3\n',
    'broken indentation': 'a:\n  b: 1\n c: 2\n',
    'helm template': 'metadata:\n  name: {{ .Release.Name }}-{{ .Chart.Name }}\n',
    'unterminated flow map': 'a: {b: 1\n',
    'explicit tag': 'a: !!str 1\n',
    'custom tag': 'a: !Ref x\n',
    'empty sequence entry': 'a:\n-\n- b\n',
    'two documents': 'a: 1\n...\nb: 2\n',
    'empty document': '# only a comment\n',
    'byte order mark': '\ufeffa: 1\n',
    'flow value not indented past its key': 'a:\n  args: ["x\n  y"]\n',
    'tab indentation': 'a:\n\tb: 1\n',
    'unknown alias': 'a: *nope\n',
  };
  for (const [name, text] of Object.entries(DECLINED)) {
    it(`${name}: declined, so the yaml library decides`, () => {
      expect(agree(text).fast).toBe('declined');
    });
  }

  it('parseYamlDocuments keeps the broken flag of the yaml library for declined documents', () => {
    const parsed = parseYamlDocuments('a: 1\n---\nb: 2\nb: 3\n---\nc: {x: 1\n---\nd: [1]\n');
    expect(parsed.documents.map((d) => d.broken)).toEqual([false, true, true, false]);
  });

  it('ast.ts helpers read the fast parse as they read the library parse', () => {
    const text = SAME['compose']!;
    const fast = fastParseDocument(text);
    const ctx = { doc: fast.doc, lineCounter: fast.lineCounter, text };
    const web = get(ctx, get(ctx, fast.doc.contents, 'services'), 'web');
    expect(entries(ctx, web).map((e) => e.key)).toEqual(['image', 'depends_on', 'restart', 'environment']);
    expect(scalarText(ctx, get(ctx, web, 'image'))).toBe('${IMAGE:-web}:latest');
    expect(positionOf(ctx, get(ctx, web, 'image'))).toEqual({ line: 13, column: 12 });
    const db = get(ctx, get(ctx, fast.doc.contents, 'services'), 'db');
    expect(sourceText(ctx, get(ctx, db, 'ports'))).toBe('["5432:5432"]');
    expect(deref(ctx, get(ctx, db, 'restart'))).toBeDefined();
  });

  it('a billion-laughs document parses in linear time and memory: aliases stay Alias nodes', () => {
    const lines = ['a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let k = 1; k < 30; k++) lines.push(`a${k}: &a${k} [${Array.from({ length: 9 }, () => `*a${k - 1}`).join(', ')}]`);
    const text = lines.join('\n') + '\n';
    const before = process.memoryUsage().heapUsed;
    const started = process.hrtime.bigint();
    const parsed = parseYamlDocuments(text);
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    expect(parsed.documents).toHaveLength(1);
    expect(parsed.documents[0]!.broken).toBe(false);
    const root = parsed.documents[0]!.ctx.doc.contents;
    const last = isMap(root) ? root.items[29]!.value : undefined;
    expect(isSeq(last) && last.items.every((item) => isAlias(item))).toBe(true);
    expect(ms).toBeLessThan(2000);
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(64 * 1024 * 1024);
    expect(agree(text).fast).toBe('same');
  });

  it('property: generated block/flow YAML parses the same or is declined', () => {
    const key = fc.stringMatching(/^[a-z][a-z0-9_-]{0,6}$/);
    const plain = fc.oneof(
      fc.constantFrom('1', '010', '0x1F', '0o7', '1.10', '.inf', '-.5', '1e3', 'true', 'False', '~', 'null', 'yes', ''),
      fc.stringMatching(/^[a-z][a-z0-9 ./:-]{0,10}[a-z0-9]$/),
    );
    const scalar = fc.oneof(
      plain,
      plain.map((s) => JSON.stringify(s)),
      plain.map((s) => `'${s.replace(/'/g, "''")}'`),
      fc.array(plain, { minLength: 1, maxLength: 3 }).map((xs) => `[${xs.join(', ')}]`),
    );
    type Tree = { s: string } | { map: [string, Tree][] } | { seq: Tree[] };
    const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        scalar.map((s) => ({ s })),
        fc.array(fc.tuple(key, tie('node')), { minLength: 1, maxLength: 4 }).map((map) => ({ map })),
        fc.array(tie('node'), { minLength: 1, maxLength: 3 }).map((seq) => ({ seq })),
      ),
    })).node;
    const render = (node: Tree, indent: number): string => {
      const pad = ' '.repeat(indent);
      if ('s' in node) return ` ${node.s}\n`;
      if ('map' in node) return '\n' + node.map.map(([k, v]) => `${pad}${k}:${render(v, indent + 2)}`).join('');
      return '\n' + node.seq.map((v) => `${pad}-${render(v, indent + 2)}`).join('');
    };
    fc.assert(
      fc.property(fc.array(fc.tuple(key, tree), { minLength: 1, maxLength: 4 }), fc.boolean(), (top, comments) => {
        let text = top.map(([k, v]) => `${k}:${render(v, 2)}`).join('');
        if (comments) text = text.replace(/\n/g, ' # c\n');
        agree(text);
      }),
      { numRuns: 300 },
    );
  });
});
