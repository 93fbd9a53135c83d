import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { parseInputs } from '../../src/action/inputs.js';

const manifest = parse(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, { default?: string; description: string }>; outputs: Record<string, { description: string }>; runs: { using: string; main: string } };
const reader = (values: Record<string, string>) => (name: string) => values[name] ?? '';

describe('action inputs', () => {
  it('reads the defaults action.yml declares', () => {
    const defaults = Object.fromEntries(Object.entries(manifest.inputs).map(([k, v]) => [k, k === 'github-token' ? 'tok' : (v.default ?? '')]));
    const r = parseInputs(reader(defaults));
    expect(r).toEqual({ ok: true, inputs: { githubToken: 'tok', path: '.', policy: undefined, policyRef: 'base', comment: 'on-change', checkRun: true, checkName: 'Readiness', annotations: 'changed', sarifFile: undefined, failOn: 'not-ready', compareBase: true, mode: 'check', reportFile: undefined } });
  });

  it('declares exactly the inputs and outputs the issue fixes, each described', () => {
    expect(Object.keys(manifest.inputs).sort()).toEqual(['annotations', 'check-name', 'check-run', 'comment', 'compare-base', 'fail-on', 'github-token', 'mode', 'path', 'policy', 'policy-ref', 'report-file', 'sarif-file']);
    expect(Object.keys(manifest.outputs).sort()).toEqual(['blocked-workloads', 'check-run-url', 'comment-url', 'findings', 'level', 'ready', 'report-file', 'report-json', 'report-markdown', 'sarif-file', 'score', 'verdict']);
    for (const v of [...Object.values(manifest.inputs), ...Object.values(manifest.outputs)]) expect(v.description.length).toBeGreaterThan(10);
    expect(manifest.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(manifest.inputs['github-token']!.default).toBe('${{ github.token }}');
  });

  it('rejects values outside the documented sets, naming the input', () => {
    const r = parseInputs(reader({ comment: 'sometimes', 'check-run': 'yes', annotations: 'none', 'fail-on': 'always', 'policy-ref': 'pr' }));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([
      "input 'policy-ref' must be one of base, head; got 'pr'",
      "input 'comment' must be one of on-change, always, on-failure, never; got 'sometimes'",
      "input 'check-run' must be true or false; got 'yes'",
      "input 'annotations' must be one of changed, all; got 'none'",
      "input 'fail-on' must be one of not-ready, new-findings, never; got 'always'",
    ]);
  });

  it('accepts every documented value', () => {
    const r = parseInputs(reader({ comment: 'never', 'check-run': 'FALSE', 'check-name': 'Gate / prod', annotations: 'all', 'fail-on': 'never', path: 'services/api', policy: 'p.yml', 'policy-ref': 'head', 'sarif-file': 'out/x.sarif' }));
    expect(r).toMatchObject({ ok: true, inputs: { comment: 'never', checkRun: false, checkName: 'Gate / prod', annotations: 'all', failOn: 'never', path: 'services/api', policy: 'p.yml', policyRef: 'head', sarifFile: 'out/x.sarif' } });
  });

  it('mode: report and mode: publish, and publish needs the report file', () => {
    expect(parseInputs(reader({ mode: 'report' }))).toMatchObject({ ok: true, inputs: { mode: 'report' } });
    expect(parseInputs(reader({ mode: 'publish', 'report-file': 'r/readiness-report.json' }))).toMatchObject({ ok: true, inputs: { mode: 'publish', reportFile: 'r/readiness-report.json' } });
    expect(parseInputs(reader({ mode: 'publish' }))).toEqual({ ok: false, errors: ["input 'report-file' is required with mode: publish (the path of the downloaded report artifact)"] });
    expect(parseInputs(reader({ mode: 'upload' }))).toEqual({ ok: false, errors: ["input 'mode' must be one of check, report, publish; got 'upload'"] });
  });

  it('fail-on: new-findings and compare-base: false', () => {
    expect(parseInputs(reader({ 'fail-on': 'new-findings', 'compare-base': 'false' }))).toMatchObject({ ok: true, inputs: { failOn: 'new-findings', compareBase: false } });
    expect(parseInputs(reader({ 'compare-base': 'maybe' }))).toEqual({ ok: false, errors: ["input 'compare-base' must be true or false; got 'maybe'"] });
  });
});
