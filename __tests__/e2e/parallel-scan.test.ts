// The bundled CLI scans big trees on worker threads; the result must be the same bytes as the
// in-process scan of the same tree.
import path from 'node:path';
import { runCheck } from '../../src/engine/run-check.js';
import { renderJson } from '../../src/render/json.js';
import { cleanupTrees, makeTree } from '../helpers/tmp-tree.js';
import { runNode } from '../helpers/run-process.js';

afterAll(cleanupTrees);

function treeOf1500(): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < 1500; i++) {
    files[`pkg-${i % 37}/file-${i}.js`] = i % 100 === 7 ? `const password = "Zq${i}-correct-horse-battery-staple";\n` : `export const value${i} = ${i};\n`;
  }
  files['svc/Dockerfile'] = 'FROM node:latest\n';
  return files;
}

it('worker-thread scan of 1,500 files equals the in-process scan', async () => {
  const root = makeTree(treeOf1500());
  const inProcess = renderJson(await runCheck({ root }));
  const bundled = await runNode(path.resolve('dist/cli/index.js'), ['check', root, '--format', 'json'], {
    env: { ...process.env, READINESS_GATE_DEBUG: '1', READINESS_GATE_THREADS: '2' },
  });
  expect(bundled.stderr).toContain('readiness-gate: scanning on 2 threads (the main thread and 1 worker)\n');
  expect(bundled.code).toBe(1);
  expect(bundled.stdout).toBe(inProcess);
  expect(JSON.parse(bundled.stdout).findings.filter((f: { category: string }) => f.category === 'secret')).toHaveLength(15);
});

it.each([
  ['2', '1'],
  ['3', '1'],
  ['2', '0'],
])('READINESS_GATE_THREADS=%s, MAIN_THREAD_SCANS=%s: files over 128 KiB handed to the workers are all scanned once', async (threads, mainScans) => {
  const files = treeOf1500();
  // Big files spread through the tree, each with a secret at its end, so that the main thread
  // claims some of them and has to hand them off.
  for (let i = 0; i < 12; i++) files[`pkg-${i * 3}/bundle-${i}.js`] = `${'x'.repeat(99)}\n`.repeat(1500 + i) + `const token = "Zq${i}-handed-off-horse-battery";\n`;
  const root = makeTree(files);
  const inProcess = renderJson(await runCheck({ root }));
  const bundled = await runNode(path.resolve('dist/cli/index.js'), ['check', root, '--format', 'json'], {
    env: { ...process.env, READINESS_GATE_THREADS: threads, READINESS_GATE_MAIN_THREAD_SCANS: mainScans },
  });
  expect(bundled.stdout).toBe(inProcess);
  const report = JSON.parse(bundled.stdout);
  expect(report.stats.filesListed).toBe(1513);
  expect(report.findings.filter((f: { path: string }) => /bundle-\d+\.js$/.test(f.path))).toHaveLength(12);
});

it('a worker that runs out of memory loses nothing: its batches are scanned in-process', async () => {
  const files = treeOf1500();
  // 14 MB in one file, far over a 4 MB worker heap, with a secret at its end.
  files['data/big.txt'] = `${'a'.repeat(70)}\n`.repeat(200_000) + `DB_PASSWORD = "Zq8s-big-file-horse-battery"\n`;
  files['.github/readiness-policy.yml'] = 'apiVersion: readiness-gate/v1\nkind: Policy\nlimits:\n  max_file_bytes: 50000000\n';
  const root = makeTree(files);
  const inProcess = renderJson(await runCheck({ root }));
  const bundled = await runNode(path.resolve('dist/cli/index.js'), ['check', root, '--format', 'json'], {
    env: { ...process.env, READINESS_GATE_DEBUG: '1', READINESS_GATE_THREADS: '2', READINESS_GATE_WORKER_HEAP_MB: '4' },
  });
  expect(bundled.stderr).toMatch(/a scan worker stopped \(.*memory.*\); its unanswered batches will be scanned in-process/);
  expect(bundled.stderr).toMatch(/scanning \d+ unanswered batches in-process/);
  expect(bundled.code).toBe(1);
  expect(bundled.stdout).toBe(inProcess);
  const report = JSON.parse(bundled.stdout);
  expect(report.stats.filesScanned).toBe(1503); // 1,501 files, the big one and the policy
  expect(report.findings.some((f: { path: string }) => f.path === 'data/big.txt')).toBe(true);
});

it('a listing of 200,000 paths handed over at once (as git ls-files does) is taken without overflowing the stack', async () => {
  const { StreamingScan } = await import('../../src/engine/scan-pool.js');
  const root = makeTree({ 'a.txt': 'x\n' });
  const scan = new StreamingScan(root, { secrets: {}, requireDigest: false, maxFileBytes: 1024 }, 1);
  const paths = Array.from({ length: 200_000 }, (_, i) => `missing/f${i}.txt`);
  expect(() => scan.add(paths)).not.toThrow();
  const result = await scan.finish();
  expect(result.stats.filesListed).toBe(200_000);
  expect(result.stats.skipped.missing).toBe(200_000);
});

it('scanTree hands files over the limit to another thread instead of reading them', async () => {
  const { scanTree } = await import('../../src/engine/scan-tree.js');
  const root = makeTree({ 'small.env': 'API_TOKEN=Zq1-small-horse-battery\n', 'big.env': `# ${'y'.repeat(5000)}\nAPI_TOKEN=Zq2-big-horse-battery\n` });
  const options = { secrets: {}, requireDigest: false, maxFileBytes: 1 << 20 };
  const handOff = { above: 1000, files: [] as string[] };
  const part = scanTree(root, ['small.env', 'big.env'], options, handOff);
  expect(handOff.files).toEqual(['big.env']);
  expect(part.stats).toMatchObject({ filesScanned: 1, skipped: {} });
  expect(part.facts.findings.map((f) => f.path)).toEqual(['small.env']);
  // Over the policy's own cap a file is scanned here in chunks, never handed off.
  const capped = { above: 1000, files: [] as string[] };
  const chunked = scanTree(root, ['big.env'], { ...options, maxFileBytes: 500 }, capped);
  expect(chunked.stats).toMatchObject({ filesScanned: 1, chunked: 1, skipped: {} });
  expect(chunked.facts.findings.map((f) => [f.path, f.line])).toEqual([['big.env', 2]]);
  expect(capped.files).toEqual([]);
});

it('facts with 300,000 findings merge without overflowing the stack', async () => {
  const { mergeFacts } = await import('../../src/engine/scan-tree.js');
  const { emptyFacts } = await import('../../src/scanners/types.js');
  const from = emptyFacts();
  for (let i = 0; i < 300_000; i++) {
    from.findings.push({ ruleId: 'secrets/x', category: 'secret', severity: 'high', path: 'a', line: i + 1, column: 1, message: 'm', fingerprint: String(i), context: 'source' });
  }
  const into = emptyFacts();
  expect(() => mergeFacts(into, from)).not.toThrow();
  expect(into.findings).toHaveLength(300_000);
});
