// The base commit's scorecard from git and the delta against it, through runCheck on real git
// repositories: only the paths that differ are scanned again, pre-existing findings stay
// existing (also across a rename), a secret the PR adds is new, a pinned image put on :latest
// regresses image_pinning, and a base git cannot read is a notice with no delta.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseNameStatus } from '../../src/engine/base-git.js';
import { runCheck } from '../../src/engine/run-check.js';
import { renderJson } from '../../src/render/json.js';
import { git } from '../helpers/git.js';

const NOW = new Date('2026-11-23T00:00:00Z');
// Built at run time so no key-shaped literal is committed.
const stripeKey = (seed: string) => `sk_live_${`${seed}4eC39HqLyjWDarjtT1zdp7dc`.slice(0, 24).split('').reverse().join('')}`;

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A repository whose first commit is examples/production-ready plus `baseFiles`, under `sub` when given. */
function repo(baseFiles: Record<string, string> = {}, sub = ''): { top: string; root: string; base: string } {
  const top = mkdtempSync(path.join(tmpdir(), 'rg-delta-'));
  dirs.push(top);
  const root = path.join(top, sub);
  cpSync(path.resolve('examples/production-ready'), root, { recursive: true });
  for (const [rel, text] of Object.entries(baseFiles)) writeFileSync(path.join(root, rel), text);
  git(top, 'init', '-q', '-b', 'main');
  git(top, 'add', '-A');
  git(top, 'commit', '-qm', 'base');
  return { top, root, base: git(top, 'rev-parse', 'HEAD') };
}

const legacy = `STRIPE_KEY = "${stripeKey('a')}"\n`;

describe('the delta against the base commit', () => {
  it('a PR with only pre-existing findings adds nothing new, though the gate is not ready', async () => {
    const { root, base } = repo({ 'app/legacy.py': legacy });
    writeFileSync(path.join(root, 'docs/runbook.md'), `${readFileSync(path.join(root, 'docs/runbook.md'), 'utf8')}\nOne more step.\n`);
    const report = await runCheck({ root, baseRef: base, now: NOW });
    expect(report.ready).toBe(false);
    expect(report.delta).toMatchObject({ base, changedFiles: 1, rescannedFiles: 1, ready: { base: false, head: false }, regressed: [], improved: [], introduced: [], score: { change: 0 } });
    expect(report.delta!.findings).toEqual({ new: [], existing: 1, fixed: 0 });
  });

  it('a secret added on top is the one new finding, named without its value or fingerprint', async () => {
    const { root, base } = repo({ 'app/legacy.py': legacy });
    writeFileSync(path.join(root, 'app/payments.py'), `PAYMENTS_KEY = "${stripeKey('b')}"\n`);
    const report = await runCheck({ root, baseRef: base, now: NOW });
    expect(report.delta!.findings.existing).toBe(1);
    expect(report.delta!.findings.new).toEqual([expect.objectContaining({ path: 'app/payments.py', line: 1, blocking: true })]);
    expect(report.delta!.introduced).toEqual([expect.stringContaining('app/payments.py:1')]);
    const json = renderJson(report);
    expect(json).not.toContain(stripeKey('b'));
    // No user key: fingerprints are withheld from public output, the delta included.
    expect(json).not.toMatch(/"fingerprint"/);
  });

  it('a renamed file keeps its findings existing (git pairs the names, as the pulls API previous_filename does)', async () => {
    const { top, root, base } = repo({ 'app/legacy.py': legacy });
    git(top, 'mv', 'app/legacy.py', 'app/legacy_keys.py');
    writeFileSync(path.join(root, 'app/legacy_keys.py'), `# moved\n${legacy}`);
    const report = await runCheck({ root, baseRef: base, now: NOW });
    expect(report.findings.filter((f) => f.path === 'app/legacy_keys.py')).toHaveLength(1);
    expect(report.delta!.findings).toEqual({ new: [], existing: 1, fixed: 0 });
  });

  it('a pinned image put on :latest regresses image_pinning and lowers the score; pinning it back improves it', async () => {
    const { top, root, base } = repo();
    const deployment = path.join(root, 'k8s/deployment.yaml');
    const pinned = readFileSync(deployment, 'utf8');
    const latest = pinned.replace(/image: ([^:@\s]+)\S*$/m, 'image: $1:latest');
    expect(latest).not.toBe(pinned);
    writeFileSync(deployment, latest);
    const worse = await runCheck({ root, baseRef: base, now: NOW });
    expect(worse.delta!.regressed).toEqual(expect.arrayContaining([expect.objectContaining({ workload: 'ai-risk-service', control: 'image_pinning', from: 'pass', to: 'fail', blocking: true })]));
    expect(worse.delta!.score.change).toBeLessThan(0);
    expect(worse.delta!.findings.new).toEqual([expect.objectContaining({ ruleId: 'images/latest-tag', path: 'k8s/deployment.yaml' })]);

    git(top, 'commit', '-qam', 'latest');
    const latestBase = git(top, 'rev-parse', 'HEAD');
    writeFileSync(deployment, pinned);
    const better = await runCheck({ root, baseRef: latestBase, now: NOW });
    expect(better.delta!.improved).toEqual(expect.arrayContaining([expect.objectContaining({ control: 'image_pinning', from: 'fail', to: 'pass' })]));
    expect(better.delta!.findings).toMatchObject({ new: [], fixed: 1 });
    expect(better.delta!.introduced).toEqual([]);
  });

  it("a manifest the PR changes is read from the base blob: the base keeps its own claims", async () => {
    const { root, base } = repo();
    const manifest = path.join(root, 'readiness.yaml');
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace('trace_export: OpenTelemetry', 'trace_export: none'));
    const report = await runCheck({ root, baseRef: base, now: NOW });
    expect(report.delta!.regressed).toEqual([expect.objectContaining({ workload: 'ai-risk-service', control: 'telemetry', from: 'pass', to: 'fail', blocking: true })]);
    expect(report.delta!.rescannedFiles).toBe(1);
  });

  it('a runbook the PR deletes regresses ownership (the base tree still has it)', async () => {
    const { root, base } = repo();
    rmSync(path.join(root, 'docs/runbook.md'));
    const report = await runCheck({ root, baseRef: base, now: NOW });
    expect(report.delta!.regressed).toEqual([expect.objectContaining({ control: 'ownership', from: 'pass', to: 'fail' })]);
  });

  it('a waiver the PR adds is a new exception: introduced, though the control fails on both sides', async () => {
    const { root, base } = repo({ 'app/legacy.py': legacy });
    const manifest = path.join(root, 'readiness.yaml');
    writeFileSync(manifest, `${readFileSync(manifest, 'utf8').replace(/^waivers:.*$/m, '')}\nwaivers:\n  - { control: secretless, reason: rotating next sprint, approver: jane.doe, expires: 2026-12-01 }\n`);
    const report = await runCheck({ root, baseRef: base, now: NOW });
    expect(report.delta!.newExceptions).toBe(1);
    expect(report.delta!.regressed).toEqual([]);
    expect(report.delta!.introduced).toEqual([expect.stringContaining('New exception, needs review')]);
  });

  it('scans only the changed paths again when the checked directory is inside the repository', async () => {
    const { root, base } = repo({ 'app/legacy.py': legacy }, 'services/api');
    writeFileSync(path.join(root, 'app/extra.py'), 'print("hello")\n');
    rmSync(path.join(root, 'app/legacy.py'));
    const report = await runCheck({ root, baseRef: base, now: NOW, scannedPath: 'services/api' });
    // app/legacy.py is removed (scanned from its base blob), app/extra.py is untracked: not in the base.
    expect(report.delta).toMatchObject({ changedFiles: 1, rescannedFiles: 1, findings: { new: [], existing: 0, fixed: 1 } });
    expect(report.delta!.improved).toEqual(expect.arrayContaining([expect.objectContaining({ control: 'secretless', from: 'fail', to: 'pass' })]));
  });

  it('compareBase: false skips the delta; the rules still come from the base', async () => {
    const { root, base } = repo();
    const report = await runCheck({ root, baseRef: base, now: NOW, compareBase: false });
    expect(report.delta).toBeUndefined();
    expect(report.base?.commit).toBe(base);
  });

  it('a base commit the checkout does not have is a notice and no delta, never a failed run', async () => {
    const { root } = repo();
    const report = await runCheck({ root, baseRef: 'b'.repeat(40), now: NOW });
    expect(report.delta).toBeUndefined();
    expect(report.repository.warnings).toEqual(expect.arrayContaining([expect.stringMatching(/^No base-to-head delta: /)]));
  });

  it('outside a git repository there is a notice and no delta', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'rg-delta-nogit-'));
    dirs.push(root);
    cpSync(path.resolve('examples/production-ready'), root, { recursive: true });
    const report = await runCheck({ root, baseRef: 'main', now: NOW });
    expect(report.delta).toBeUndefined();
    expect(report.repository.warnings.join('\n')).toContain('No base-to-head delta');
  });
});

describe('git name-status', () => {
  it('pairs a rename into path and previousPath, as the pulls API gives filename and previous_filename', () => {
    expect(parseNameStatus('M\0a.txt\0R087\0old/x.py\0new/x.py\0D\0gone.yaml\0A\0added.md\0')).toEqual([
      { path: 'a.txt', status: 'modified' },
      { path: 'new/x.py', previousPath: 'old/x.py', status: 'renamed' },
      { path: 'gone.yaml', status: 'removed' },
      { path: 'added.md', status: 'added' },
    ]);
  });
});
