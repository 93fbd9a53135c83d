// Terminal text: the verdict, each control with its evidence and fix, each finding once with
// the controls it fails, repository results, repository-root-relative paths, safe output.
import { MAX_TEXT_EVIDENCE, renderText } from '../../src/render/text.js';
import type { Delta } from '../../src/scorecard/delta.js';
import { IDENTITY, IMAGE, NO_MANIFEST, SECRETLESS, UNOWNED, UNOWNED_FINDING, control, report, workloadScore } from './fixture.js';

const plain = (r = report()) => renderText(r, { color: false });
const lines = (r = report()) => plain(r).split('\n');

describe('text report', () => {
  it('starts with the verdict and ends with the scan statistics and policy', () => {
    const out = lines();
    expect(out[0]).toBe('readiness-gate: NOT READY');
    expect(out[1]).toBe("Not ready: 'api' not ready.");
    expect(out[2]).toBe('');
    expect(plain().endsWith('\nScanned 10 of 12 files. Policy: built-in default policy.\n')).toBe(true);
    expect(lines(report({ ready: true }))[0]).toBe('readiness-gate: READY');
  });

  it('names skipped files by reason', () => {
    expect(plain(report({ stats: { filesListed: 5, filesScanned: 2, bytesScanned: 1, skipped: { binary: 2, 'too-large': 1 } } }))).toContain('Scanned 2 of 5 files (skipped: 2 binary, 1 too-large). Policy: built-in default policy.');
  });

  it('gives each workload its manifest, tier, level, score and state', () => {
    expect(lines()).toContain('api  (readiness.yaml)');
    expect(lines()).toContain('  asks for production, classified as prototype, score 54, 2/5 controls passed: blocked');
    expect(plain(report({ workloads: [workloadScore({ ready: true })] }))).toContain('controls passed: ready');
  });

  it('lists every control with status word, id, priority and message, aligned', () => {
    const out = lines();
    expect(out).toContain("  FAIL   identity         P0  Promotion blocked: workload 'api' must use managed identity.");
    expect(out).toContain('  warn   cost_guardrails  P2  No unit metrics.');
    expect(out).toContain('  waived release              No rollback plan.');
    expect(out).toContain('  n/a    monitoring           No model.');
  });

  it('shows a failing control\'s own evidence and its first fix under it', () => {
    const out = lines();
    const at = out.indexOf("  FAIL   identity         P0  Promotion blocked: workload 'api' must use managed identity.");
    const pad = ' '.repeat(9 + 'cost_guardrails'.length + 6);
    expect(out.slice(at + 1, at + 4)).toEqual([`${pad}at readiness.yaml:10: identity.type is 'None'`, `${pad}at k8s/deploy.yaml:40: AWS_ACCESS_KEY_ID set from a literal`, `${pad}fix: Set identity.type to SystemAssigned.`]);
  });

  it('evidence without a place is shown without one', () => {
    const c = control({ id: 'telemetry', status: 'fail', blocking: true, priority: 'P0', message: 'No metrics.', evidence: [{ detail: 'nothing exports metrics' }] });
    expect(plain(report({ workloads: [workloadScore({ controls: [c] })] }))).toContain('      at nothing exports metrics\n');
  });

  it('a control that rests on findings says so instead of repeating them; each finding is listed once, with the controls it fails', () => {
    const out = plain();
    expect(out).toContain('rests on 2 findings listed under Findings\n');
    expect(out.match(/app\/main\.py:6\b/g)).toHaveLength(1);
    expect(out).toContain("\n  app/main.py:6:18  secrets/generic-secret-assignment  Hardcoded secret assigned to 'API_KEY' sk-…[12 chars, #6039248a] [api secretless]\n");
    expect(out).toContain("\n  app/main.py:11:3  secrets/secret-in-log  Variable 'API_KEY' is written to a log [api secretless]\n");
    expect(out).toContain('\nFindings (3)\n');
    const one = { ...SECRETLESS, evidence: [SECRETLESS.evidence[0]!] };
    expect(plain(report({ workloads: [workloadScore({ controls: [one] })] }))).toContain('rests on 1 finding listed under Findings\n');
  });

  it('a finding two workloads rest on names both, once each', () => {
    const twice = { ...SECRETLESS, evidence: [SECRETLESS.evidence[0]!, SECRETLESS.evidence[0]!] };
    const out = plain(report({ workloads: [workloadScore({ controls: [twice] }), workloadScore({ name: 'worker', controls: [twice] })] }));
    expect(out).toContain('[api secretless, worker secretless]');
  });

  it('only failing and warning controls show evidence; waived ones do not link findings', () => {
    const waived = { ...SECRETLESS, status: 'waived' as const, blocking: false, priority: undefined };
    const out = plain(report({ workloads: [workloadScore({ controls: [waived] })] }));
    expect(out).not.toContain('rests on');
    expect(out).not.toContain('[api secretless]');
    expect(out).not.toContain('fix:');
  });

  it('marks suppressed findings', () => {
    expect(plain()).toContain("k8s/deploy.yaml:22:18  images/latest-tag  Image 'acme/api:latest' uses the mutable ':latest' tag [suppressed: inline]");
  });

  it('caps evidence at five lines and counts the rest', () => {
    const evidence = Array.from({ length: MAX_TEXT_EVIDENCE + 2 }, (_, i) => ({ path: 'readiness.yaml', line: i + 1, detail: `gap ${i}` }));
    const c = control({ id: 'api_surface', status: 'fail', blocking: true, priority: 'P0', message: 'Gaps.', evidence });
    const out = plain(report({ workloads: [workloadScore({ controls: [c] })] }));
    expect(out).toContain('at readiness.yaml:5: gap 4');
    expect(out).not.toContain('gap 5');
    expect(out).toContain('...and 2 more');
    expect(out).not.toContain('fix:');
    const exact = control({ ...c, evidence: evidence.slice(0, MAX_TEXT_EVIDENCE) });
    expect(plain(report({ workloads: [workloadScore({ controls: [exact] })] }))).not.toContain('more');
    expect(MAX_TEXT_EVIDENCE).toBe(5);
  });

  it('lists invalid waivers as failures with their place', () => {
    const w = workloadScore({ waivers: [{ control: 'release', reason: 'r', approver: 'a', expires: '2020-01-01', state: 'expired', problem: "Promotion blocked: waiver for 'release' expired on 2020-01-01.", path: 'readiness.yaml', line: 30 }, { control: 'cost_guardrails', reason: 'r', approver: 'a', expires: '2030-01-01', state: 'valid', path: 'readiness.yaml', line: 33 }] });
    const out = plain(report({ workloads: [w] }));
    expect(out).toContain("  FAIL   waiver  Promotion blocked: waiver for 'release' expired on 2020-01-01. (readiness.yaml:30)");
    expect(out).not.toContain('readiness.yaml:33');
  });

  it('shows repository results with priority, evidence and fix', () => {
    const r = report({ findings: [UNOWNED_FINDING], workloads: [], repository: { blocking: [UNOWNED.message], warnings: [NO_MANIFEST.message], results: [UNOWNED, NO_MANIFEST] } });
    const out = lines(r);
    expect(out).toContain(`FAIL P0 ${UNOWNED.message}`);
    expect(out).toContain('     rests on 1 finding listed under Findings');
    expect(out).toContain('     fix: Rotate it.');
    expect(out).toContain(`warn P1 ${NO_MANIFEST.message}`);
    expect(out).toContain('     at no file matches the manifest globs');
    expect(out).toContain('     fix: Add a readiness.yaml.');
    expect(plain(r)).toContain('scripts/x.sh:2:1  secrets/generic-secret-assignment  Hardcoded password [repository unowned_secrets]');
    const bare = { ...NO_MANIFEST, priority: undefined };
    expect(lines(report({ workloads: [], repository: { blocking: [], warnings: [], results: [bare] } }))).toContain(`warn ${NO_MANIFEST.message}`);
  });

  it('shows what the PR changes after the findings and before the statistics, its paths under the scanned directory', () => {
    const delta: Delta = {
      base: 'c0ffee'.repeat(7).slice(0, 40),
      changedFiles: 2,
      rescannedFiles: 1,
      ready: { base: true, head: false },
      score: { base: 90, head: 54, change: -36 },
      workloads: [],
      regressed: [],
      improved: [],
      findings: { new: [{ ref: 'secrets/x@app/main.py:6:18', ruleId: 'secrets/x', path: 'app/main.py', line: 6, severity: 'high', blocking: true }], existing: 0, fixed: 0 },
      newOrphans: [],
      newExceptions: 0,
      introduced: ['a new secret'],
    };
    const out = lines(report({ scannedPath: 'services/api', delta }));
    const start = out.indexOf('Against the base c0ffeec0ffee: score 90 -> 54 (-36), 2 paths differ, 1 scanned again');
    expect(start).toBeGreaterThan(out.indexOf('Findings (3)'));
    expect(out.slice(start - 1, start + 6)).toEqual([
      '',
      'Against the base c0ffeec0ffee: score 90 -> 54 (-36), 2 paths differ, 1 scanned again',
      '  findings: 1 new, 0 already on the base, 0 fixed',
      '  new      services/api/app/main.py:6  secrets/x  (blocks)',
      '  introduced by this PR (fail-on new-findings fails): 1',
      '',
      'Scanned 10 of 12 files. Policy: built-in default policy.',
    ]);
    expect(plain()).not.toContain('Against the base');
  });

  it('prefixes every path with the scanned directory', () => {
    const r = report({ scannedPath: 'services/api', workloads: [workloadScore({ waivers: [{ control: 'release', reason: 'r', approver: 'a', expires: '2020-01-01', state: 'expired', problem: 'expired', path: 'readiness.yaml', line: 30 }] })] });
    const out = plain(r);
    expect(out).toContain('api  (services/api/readiness.yaml)');
    expect(out).toContain("at services/api/readiness.yaml:10: identity.type is 'None'");
    expect(out).toContain('\n  services/api/app/main.py:6:18  ');
    expect(out).toContain('(services/api/readiness.yaml:30)');
    expect(out).not.toMatch(/\n {2}app\//);
  });

  it('paints with ANSI colours only when asked, and resets each colour', () => {
    const colored = renderText(report(), { color: true });
    expect(colored.startsWith('\u001b[1mreadiness-gate: \u001b[31mNOT READY\u001b[39m\u001b[22m\n')).toBe(true);
    expect(colored).toContain('\u001b[31mFAIL  \u001b[39m identity');
    expect(colored).toContain('\u001b[33mwarn  \u001b[39m cost_guardrails');
    expect(colored).toContain('\u001b[36mwaived\u001b[39m release');
    expect(colored).toContain('\u001b[90mn/a   \u001b[39m monitoring');
    expect(colored).toContain('\u001b[2m');
    expect(renderText(report({ ready: true, workloads: [workloadScore({ ready: true, controls: [control({ id: 'release' })] })] }), { color: true })).toContain('\u001b[32mREADY\u001b[39m');
    expect(plain()).not.toMatch(/\u001b\[/);
  });

  it('replaces control characters from untrusted text, keeping tabs and line breaks of its own', () => {
    const hostile = '\u001b]0;owned\u0007\u009b2J';
    const c = control({ id: 'identity', status: 'fail', blocking: true, priority: 'P0', message: `bad${hostile}`, evidence: [{ path: `x${hostile}.yaml`, line: 1, detail: `d${hostile}` }], remediation: [`f${hostile}`] });
    const out = plain(report({ verdict: `v${hostile}`, policy: `p${hostile}`, workloads: [workloadScore({ name: `n${hostile}`, controls: [c] })], findings: [{ ...IMAGE, path: `i${hostile}`, message: `m${hostile}`, redacted: `r${hostile}` }] }));
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(out).toContain('v?]0;owned??2J');
    expect(out).toContain('p?]0;owned??2J');
    expect(out).toContain('r?]0;owned??2J');
    const kept = plain(report({ verdict: 'a\tb' }));
    expect(kept).toContain('a\tb');
  });

  it('with nothing found there is no findings section', () => {
    expect(plain(report({ findings: [] }))).not.toContain('Findings (');
  });

  it('an identity control of two workloads does not mix their evidence', () => {
    const out = plain(report({ workloads: [workloadScore(), workloadScore({ name: 'worker', manifest: 'worker/readiness.yaml', controls: [IDENTITY] })] }));
    expect(out).toContain('worker  (worker/readiness.yaml)');
  });
});
