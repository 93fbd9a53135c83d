import { isUnreadJsonRoot } from '../../../src/scanners/shared/json-roots.js';
import { parseSource } from '../../../src/scanners/shared/source.js';
import { scanImages } from '../../../src/scanners/images/index.js';
import type { SourceFile } from '../../../src/scanners/types.js';

const file = (path: string, text: string): SourceFile => ({ path, text, context: 'source' });

describe('JSON roots no scanner reads', () => {
  it('skips OpenAPI documents, schemas and API dumps', () => {
    expect(isUnreadJsonRoot(JSON.stringify({ swagger: '2.0', definitions: { Pod: { properties: { image: {} } } } }))).toBe(true);
    expect(isUnreadJsonRoot(JSON.stringify([{ url: 'https://example.invalid', assets: [] }]))).toBe(true);
    expect(isUnreadJsonRoot('"just a string"')).toBe(true);
  });

  it('keeps objects with a kind, JSON6902 patches and text that is not plain JSON', () => {
    expect(isUnreadJsonRoot(JSON.stringify({ apiVersion: 'v1', kind: 'Pod' }))).toBe(false);
    expect(isUnreadJsonRoot(JSON.stringify({ kind: 'Task', spec: {} }))).toBe(false);
    expect(isUnreadJsonRoot(JSON.stringify([{ op: 'replace', path: '/spec/template/spec/containers/0/image', value: 'x' }]))).toBe(false);
    expect(isUnreadJsonRoot('{ "a": 1, // comment\n}')).toBe(false);
  });

  it('still finds the images of a JSON Pod and a JSON6902 patch, and none in a schema', () => {
    const pod = file('pod.json', JSON.stringify({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec: { containers: [{ name: 'c', image: 'nginx:latest' }] } }, null, 2));
    expect(scanImages(pod).map((r) => r.image)).toEqual(['nginx:latest']);
    const patch = file('patch.json', JSON.stringify([{ op: 'replace', path: '/spec/template/spec/containers/0/image', value: 'redis' }], null, 2));
    expect(scanImages(patch).map((r) => r.image)).toEqual(['redis']);
    const schema = file('schema.json', JSON.stringify({ definitions: { Pod: { example: { image: 'nginx' } } } }, null, 2));
    expect(parseSource(schema).yaml()).toEqual({ documents: [], skipped: 1, refused: false });
  });
});
