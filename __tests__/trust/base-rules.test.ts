// The rules come from the base: real temporary git repositories with a base commit and a head
// commit that tries to weaken the gate in the same PR that adds a secret.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCheck } from '../../src/engine/run-check.js';
import { main } from '../../src/cli/main.js';
import { gitSource, openBase } from '../../src/engine/base-source.js';
import { render } from '../../src/render/index.js';
import { cleanupTrees, makeTree } from '../helpers/tmp-tree.js';

afterAll(cleanupTrees);

// Built at run time: no literal credential in the repository.
const AWS_ID = `AKIA${'QX7RZ2WB5MN4TY6P'}`;
const NOW = new Date('2026-11-23');

const MANIFEST = (waivers = '') => `apiVersion: readiness-gate/v1
name: svc
tier: beta
paths: [app]
identity: { type: SystemAssigned }
access: { roles: [{ role: reader, scope: orders }], credentials: { build_time: github-oidc, run_time: managed-identity } }
telemetry: { logs: true, metrics: true, trace_export: OpenTelemetry }
ownership: { team: payments, on_call: pager, escalation: lead, runbook: docs/runbook.md }
${waivers}`;
const POLICY = 'apiVersion: readiness-gate/v1\nprofiles:\n  beta: { block: [secretless, identity, ownership] }\n';
/** Also blocks cost_guardrails, which the manifest does not meet: what the waivers are for. */
const COST_POLICY = 'apiVersion: readiness-gate/v1\nprofiles:\n  beta: { block: [secretless, identity, ownership, cost_guardrails] }\n';

function git(root: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] }).toString('utf8').trim();
}

/** A repository whose base commit holds `base`; then `head` is applied (null deletes) and committed. */
function repo(base: Record<string, string>, head: Record<string, string | null>): { root: string; base: string } {
  const root = makeTree(base);
  git(root, 'init', '-q', '-b', 'main');
  git(root, 'config', 'user.email', 't@example.com');
  git(root, 'config', 'user.name', 'test');
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', 'base');
  const sha = git(root, 'rev-parse', 'HEAD');
  for (const [rel, content] of Object.entries(head)) {
    const full = path.join(root, rel);
    if (content === null) rmSync(full, { force: true });
    else {
      mkdirSync(path.dirname(full), { recursive: true });
      writeFileSync(full, content);
    }
  }
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '--allow-empty', '-m', 'head');
  return { root, base: sha };
}

const BASE_TREE = { 'readiness.yaml': MANIFEST(), '.github/readiness-policy.yml': POLICY, 'app/main.py': 'print("hi")\n', 'docs/runbook.md': '# runbook\n' };
const SECRET_FILE = `aws_access_key_id = "${AWS_ID}"\n`;

const blockingOf = (r: Awaited<ReturnType<typeof runCheck>>) => r.workloads.flatMap((w) => w.controls.filter((c) => c.blocking).map((c) => c.id));

describe('a PR that relaxes the policy', () => {
  it('is judged by the base policy; the change is reported with a preview under the new policy', async () => {
    const relaxed = 'apiVersion: readiness-gate/v1\nprofiles:\n  beta: { block: [] }\n';
    const { root, base } = repo(BASE_TREE, { '.github/readiness-policy.yml': relaxed, 'app/keys.py': SECRET_FILE });
    const headOnly = await runCheck({ root, now: NOW });
    expect(headOnly.ready).toBe(true); // the attack, without the base: READY

    const report = await runCheck({ root, now: NOW, baseRef: base });
    expect(report.ready).toBe(false);
    expect(blockingOf(report)).toContain('secretless');
    expect(report.base).toMatchObject({ commit: base, policyChange: { preview: { ready: true } }, newExceptions: [] });
    expect(report.repository.warnings).toContain(`Policy change in this PR: applies after merge. Under the PR's policy the verdict would be: ${headOnly.verdict}`);
    expect(report.policy).toContain(`base commit ${base.slice(0, 12)}`);
    expect(render(report, 'markdown')).toContain('Policy change in this PR: applies after merge');
  });

  it('an allow_paths: ["**"] added by the PR does not apply', async () => {
    const { root, base } = repo(BASE_TREE, { '.github/readiness-policy.yml': `${POLICY}findings:\n  allow_paths: ['**']\n`, 'app/keys.py': SECRET_FILE });
    expect((await runCheck({ root, now: NOW })).ready).toBe(true);
    const report = await runCheck({ root, now: NOW, baseRef: base });
    expect(report.ready).toBe(false);
    expect(report.findings.find((f) => f.path === 'app/keys.py')?.suppression).toBeUndefined();
  });

  it('an unchanged policy gives no change notice and the same verdict as without a base', async () => {
    const { root, base } = repo(BASE_TREE, { 'app/more.py': 'x = 1\n' });
    const withBase = await runCheck({ root, now: NOW, baseRef: base });
    const without = await runCheck({ root, now: NOW });
    expect(withBase.base).toEqual({ commit: base, notices: [], newExceptions: [] });
    expect(withBase.ready).toBe(without.ready);
    expect(withBase.workloads).toEqual(without.workloads);
  });

  it('a policy the PR breaks fails closed with a blocker, judged by the base meanwhile', async () => {
    const { root, base } = repo(BASE_TREE, { '.github/readiness-policy.yml': 'apiVersion: readiness-gate/v1\nprofiles: [oops]\n' });
    const report = await runCheck({ root, now: NOW, baseRef: base });
    expect(report.ready).toBe(false);
    expect(report.repository.blocking.some((b) => b.startsWith('Promotion blocked: the policy as changed in this PR does not load'))).toBe(true);
  });

  it('a policy file the PR turns into a symlink to .git/config is not followed', async () => {
    const { root, base } = repo(BASE_TREE, {});
    unlinkSync(path.join(root, '.github/readiness-policy.yml'));
    symlinkSync('../.git/config', path.join(root, '.github/readiness-policy.yml'));
    git(root, 'add', '-A');
    git(root, 'commit', '-q', '-m', 'symlink');
    const report = await runCheck({ root, now: NOW, baseRef: base });
    expect(report.repository.blocking.some((b) => b.includes('policy file is a symlink'))).toBe(true);
    expect(JSON.stringify(report)).not.toContain('[core]');
  });
});

describe('exceptions the PR adds need review', () => {
  const COST_TREE = { ...BASE_TREE, '.github/readiness-policy.yml': COST_POLICY };
  const waiver = (expires: string) => `waivers:\n  - { control: cost_guardrails, reason: budget pending, approver: finops, expires: ${expires} }\n`;

  it('a waiver added by the PR is listed and does not count', async () => {
    const { root, base } = repo(COST_TREE, { 'readiness.yaml': MANIFEST(waiver('2026-12-20')) });
    const headOnly = await runCheck({ root, now: NOW });
    expect(headOnly.workloads[0]!.controls.find((c) => c.id === 'cost_guardrails')?.status).toBe('waived');
    const report = await runCheck({ root, now: NOW, baseRef: base });
    expect(report.workloads[0]!.controls.find((c) => c.id === 'cost_guardrails')).toMatchObject({ status: 'fail', blocking: true });
    expect(report.base?.newExceptions).toEqual([
      { kind: 'waiver', path: 'readiness.yaml', line: expect.any(Number), workload: 'svc', detail: "New exception, needs review: the waiver of cost_guardrails for workload 'svc' is added in this PR and does not count until merged." },
    ]);
  });

  it('a waiver the PR extends keeps the base terms; one the base had counts', async () => {
    const base = { ...COST_TREE, 'readiness.yaml': MANIFEST(waiver('2026-12-01')) };
    const extended = repo(base, { 'readiness.yaml': MANIFEST(waiver('2027-02-01')) });
    const report = await runCheck({ root: extended.root, now: NOW, baseRef: extended.base });
    expect(report.workloads[0]!.controls.find((c) => c.id === 'cost_guardrails')).toMatchObject({ status: 'waived', waiver: { expires: '2026-12-01' } });
    expect(report.base?.newExceptions.map((e) => e.detail)).toEqual([
      "New exception, needs review: the waiver of cost_guardrails for workload 'svc' is extended to 2027-02-01 (the base's, to 2026-12-01, still counts) in this PR and does not count until merged.",
    ]);
    const unchanged = repo(base, { 'app/x.py': 'y = 2\n' });
    expect((await runCheck({ root: unchanged.root, now: NOW, baseRef: unchanged.base })).base?.newExceptions).toEqual([]);
  });

  it('an inline allow comment the PR adds does not count; one already on the base does', async () => {
    const allowed = `aws_access_key_id = "${AWS_ID}"  # readiness-gate:allow test fixture\n`;
    const added = repo(BASE_TREE, { 'app/keys.py': allowed });
    expect((await runCheck({ root: added.root, now: NOW })).ready).toBe(true);
    const report = await runCheck({ root: added.root, now: NOW, baseRef: added.base });
    expect(report.ready).toBe(false);
    expect(report.base?.newExceptions).toMatchObject([{ kind: 'inline-allow', path: 'app/keys.py', line: 1 }]);

    const existing = repo({ ...BASE_TREE, 'app/keys.py': allowed }, { 'app/x.py': 'y = 2\n' });
    const kept = await runCheck({ root: existing.root, now: NOW, baseRef: existing.base });
    expect(kept.base?.newExceptions).toEqual([]);
    expect(kept.findings.find((f) => f.path === 'app/keys.py')?.suppression?.kind).toBe('inline');
  });

  it('baseline entries the PR adds are listed and not applied', async () => {
    const plain = repo(BASE_TREE, { 'app/keys.py': SECRET_FILE });
    // Write the baseline the PR would add, from the head's own findings.
    const code = await withSilencedOutput(() => main(['baseline', plain.root]));
    expect(code).toBe(0);
    git(plain.root, 'add', '-A');
    git(plain.root, 'commit', '-q', '-m', 'baseline');
    expect((await runCheck({ root: plain.root, now: NOW })).ready).toBe(true);
    const report = await runCheck({ root: plain.root, now: NOW, baseRef: plain.base });
    expect(report.ready).toBe(false);
    expect(report.base?.newExceptions).toMatchObject([{ kind: 'baseline-entry', path: '.readiness-gate-baseline.json' }]);
  });
});

describe('when the base cannot be read', () => {
  it('a notice, the checkout\'s rules, and no crash', async () => {
    const { root } = repo(BASE_TREE, { 'app/x.py': 'y = 2\n' });
    const report = await runCheck({ root, now: NOW, baseRef: '0123456789abcdef0123456789abcdef01234567' });
    expect(report.base?.commit).toBeUndefined();
    expect(report.base?.notices[0]).toMatch(/^The base commit could not be read/);
    expect(report.repository.warnings[0]).toMatch(/^The base commit could not be read/);
  });

  it('fails closed when the PR is known to change the policy file', async () => {
    const { root } = repo(BASE_TREE, { '.github/readiness-policy.yml': 'apiVersion: readiness-gate/v1\n' });
    const report = await runCheck({ root, now: NOW, baseRef: 'deadbeef', changedFiles: ['.github/readiness-policy.yml', 'app/x.py'] });
    expect(report.ready).toBe(false);
    expect(report.repository.blocking[0]).toMatch(/^Promotion blocked: this PR changes \.github\/readiness-policy\.yml, and the base commit's rules could not be read/);
  });

  it('outside a git repository', async () => {
    const root = makeTree(BASE_TREE);
    const report = await runCheck({ root, now: NOW, baseRef: 'main' });
    expect(report.base?.notices[0]).toMatch(/not in this checkout's git objects/);
  });
});

describe('reading the base from git objects', () => {
  it('reads regular blobs only, capped, never escaping the tree', () => {
    const { root, base } = repo({ ...BASE_TREE, 'big.txt': 'x'.repeat(5000) }, {});
    symlinkSync('docs/runbook.md', path.join(root, 'link.md'));
    git(root, 'add', '-A');
    git(root, 'commit', '-q', '-m', 'link');
    const source = gitSource(root, git(root, 'rev-parse', 'HEAD'));
    expect(source.read('docs/runbook.md', 100)).toEqual({ ok: true, text: '# runbook\n' });
    expect(source.read('link.md', 100)).toEqual({ ok: false, reason: 'symlink' });
    expect(source.read('docs', 100)).toEqual({ ok: false, reason: 'not-a-file' });
    expect(source.read('big.txt', 1000)).toEqual({ ok: false, reason: 'too-large' });
    expect(source.read('nope.txt', 100)).toEqual({ ok: false, reason: 'missing' });
    expect(source.read('../etc/passwd', 100)).toEqual({ ok: false, reason: 'outside' });
    expect(openBase(root, '--upload-pack=touch /tmp/x')).toMatchObject({ ok: false });
    expect(openBase(root, base)).toMatchObject({ ok: true, commit: base });
  });

  it('the CLI takes --base', async () => {
    const { root, base } = repo(BASE_TREE, { '.github/readiness-policy.yml': 'apiVersion: readiness-gate/v1\nprofiles:\n  beta: { block: [] }\n', 'app/keys.py': SECRET_FILE });
    expect(await withSilencedOutput(() => main(['check', root]))).toBe(0);
    expect(await withSilencedOutput(() => main(['check', root, '--base', base]))).toBe(1);
  });
});

async function withSilencedOutput<T>(run: () => Promise<T>): Promise<T> {
  const out = process.stdout.write.bind(process.stdout);
  const err = process.stderr.write.bind(process.stderr);
  process.stdout.write = (() => true) as typeof process.stdout.write;
  process.stderr.write = (() => true) as typeof process.stderr.write;
  try {
    return await run();
  } finally {
    process.stdout.write = out;
    process.stderr.write = err;
  }
}
