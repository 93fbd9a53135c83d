// The bundled CLI scans big trees on worker threads; the result must be the same bytes as the
// in-process scan of the same tree.
import path from 'node:path';
import { runCheck } from '../../src/engine/run-check.js';
import { renderJson } from '../../src/render/json.js';
import { cleanupTrees, makeTree } from '../helpers/tmp-tree.js';
import { runNode } from '../helpers/run-process.js';

afterAll(cleanupTrees);

it('worker-thread scan of 1,500 files equals the in-process scan', async () => {
  const files: Record<string, string> = {};
  for (let i = 0; i < 1500; i++) {
    files[`pkg-${i % 37}/file-${i}.js`] = i % 100 === 7 ? `const password = "Zq${i}-correct-horse-battery-staple";\n` : `export const value${i} = ${i};\n`;
  }
  files['svc/Dockerfile'] = 'FROM node:latest\n';
  const root = makeTree(files);
  const inProcess = renderJson(await runCheck({ root }));
  const bundled = await runNode(path.resolve('dist/cli/index.js'), ['check', root, '--format', 'json'], {
    env: { ...process.env, READINESS_GATE_DEBUG: '1', READINESS_GATE_THREADS: '2' },
  });
  expect(bundled.stderr).toContain('readiness-gate: scanning on 2 worker threads\n');
  expect(bundled.code).toBe(1);
  expect(bundled.stdout).toBe(inProcess);
  expect(JSON.parse(bundled.stdout).findings.filter((f: { category: string }) => f.category === 'secret')).toHaveLength(15);
});
