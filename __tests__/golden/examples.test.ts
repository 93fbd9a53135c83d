// Golden tests: each example's JSON and markdown report is pinned byte for byte.
// After an intended change, regenerate with UPDATE_GOLDEN=1 npm test -- __tests__/golden and review the diff.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCheck } from '../../src/engine/run-check.js';
import { renderJson } from '../../src/render/json.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import type { Report } from '../../src/report/types.js';

const NOW = new Date('2026-11-23T00:00:00Z');
const EXAMPLES = path.resolve('examples');
const GOLDEN = path.resolve('__tests__/golden');

const reports = new Map<string, Report>();
async function report(example: string): Promise<Report> {
  if (!reports.has(example)) reports.set(example, await runCheck({ root: path.join(EXAMPLES, example), now: NOW }));
  return reports.get(example)!;
}

function blockingControls(r: Report): string[] {
  return r.workloads.flatMap((w) => w.controls.filter((c) => c.blocking).map((c) => c.id));
}

function message(r: Report, id: string): string | undefined {
  return r.workloads[0]?.controls.find((c) => c.id === id)?.message;
}

describe('examples reproduce the notebook verdicts', () => {
  it('weekend-prototype is blocked on identity, secretless, least privilege, telemetry, API surface and image pinning', async () => {
    const r = await report('weekend-prototype');
    expect(r.ready).toBe(false);
    expect(blockingControls(r)).toEqual(['identity', 'secretless', 'least_privilege', 'telemetry', 'api_surface', 'image_pinning']);
    expect(message(r, 'identity')).toBe("Promotion blocked: workload 'ai-risk-service' must use managed identity.");
    expect(message(r, 'telemetry')).toBe('Promotion blocked: missing diagnostic controls: metrics, trace export.');
    expect(message(r, 'api_surface')).toBe('Promotion blocked: unapproved API surface detected: delete-customer-record.');
    const secrets = r.findings.filter((f) => f.category === 'secret').map((f) => `${f.path}:${f.line}`);
    expect(secrets).toEqual(expect.arrayContaining(['app/prototype.py:5', 'app/prototype.py:6']));
    const logged = r.findings.filter((f) => f.category === 'secret-logging').map((f) => `${f.path}:${f.line}`);
    expect(logged).toEqual(expect.arrayContaining(['app/prototype.py:11', 'app/prototype.py:12']));
    expect(r.images.map((i) => `${i.path}:${i.line}:${i.status}`)).toEqual(['k8s/deployment.yaml:22:latest']);
  });

  it('partial is blocked on telemetry alone', async () => {
    const r = await report('partial');
    expect(r.ready).toBe(false);
    expect(blockingControls(r)).toEqual(['telemetry']);
    expect(r.workloads[0]?.blocking).toEqual(['Promotion blocked: missing diagnostic controls: metrics, trace export.']);
  });

  it('production-ready is ready with every control passing', async () => {
    const r = await report('production-ready');
    expect(r.ready).toBe(true);
    expect(r.workloads[0]).toMatchObject({ ready: true, level: 'production', score: 100 });
    expect(r.workloads[0]?.controls.every((c) => c.status === 'pass')).toBe(true);
    expect(r.findings.filter((f) => !f.suppression)).toEqual([]);
  });
});

describe.each(['weekend-prototype', 'partial', 'production-ready'])('golden output of %s', (example) => {
  it.each([
    ['json', renderJson],
    ['md', renderMarkdown],
  ] as const)('%s', async (ext, renderer) => {
    const actual = renderer(await report(example));
    const file = path.join(GOLDEN, `${example}.${ext}`);
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(file, actual);
    expect(existsSync(file)).toBe(true);
    expect(actual).toBe(readFileSync(file, 'utf8'));
  });
});

it('no report of any example contains a secret the scanner found', async () => {
  const r = await report('weekend-prototype');
  for (const text of [renderJson(r), renderMarkdown(r)]) {
    expect(text).not.toContain('SuperSecret!');
    expect(text).not.toContain('sk-dev-token');
  }
});
