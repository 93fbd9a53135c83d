import { describe, expect, it } from '@jest/globals';
import { withYamlEnvSnapshot } from '../../src/yaml/env-snapshot.js';
import { parseYamlDocuments } from '../../src/yaml/documents.js';

describe('withYamlEnvSnapshot', () => {
  it('gives the parse only the variables the yaml library reads, then puts the real environment back', () => {
    const real = process.env;
    const seen = withYamlEnvSnapshot(() => ({ env: process.env, path: process.env.PATH, tokens: process.env.LOG_TOKENS }));
    expect(process.env).toBe(real);
    expect(seen.env).not.toBe(real);
    expect(seen.path).toBeUndefined();
    expect(seen.tokens).toBe(real.LOG_TOKENS);
  });

  it('keeps LOG_TOKENS when it is set, so the library debug switch still works', () => {
    const real = process.env;
    real.LOG_STREAM = '';
    try {
      const stream = withYamlEnvSnapshot(() => Object.prototype.hasOwnProperty.call(process.env, 'LOG_STREAM'));
      expect(stream).toBe(true);
    } finally {
      delete real.LOG_STREAM;
    }
  });

  it('restores the environment when the parse throws', () => {
    const real = process.env;
    expect(() =>
      withYamlEnvSnapshot(() => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(process.env).toBe(real);
  });

  it('parses exactly as before: same documents, values and positions', () => {
    const text = 'a: 1\nb:\n  - image: nginx:1.25 # pinned\n---\nkind: Deployment\n';
    const parsed = parseYamlDocuments(text);
    expect(parsed.documents.map((d) => d.ctx.doc.toJS())).toEqual([{ a: 1, b: [{ image: 'nginx:1.25' }] }, { kind: 'Deployment' }]);
    expect(parsed.documents.map((d) => [d.fromLine, d.toLine, d.broken])).toEqual([
      [1, 3, false],
      [4, 5, false],
    ]);
  });
});
