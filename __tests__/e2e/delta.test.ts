// End to end: the base-to-head delta and `fail-on: new-findings`. The built action runs in real
// git checkouts whose base commit already holds a hardcoded key: a PR that only edits docs
// passes under new-findings (the key was there before), a PR that adds a second key fails and
// names only that one as new, also from a depth-1 checkout (the base is fetched), and without
// a readable base there is a notice, no delta, and the verdict decides.
import { appendFileSync, cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { prPayload, withFakeGitHub } from '../helpers/fake-github-run.js';
import { git } from '../helpers/git.js';

const pr = prPayload();
const NUMBER = pr.number as number;
const { fake, run } = withFakeGitHub(pr.repository.full_name as string);


// Built at run time so no key-shaped literal is committed.
const stripeKey = (seed: string) => `sk_live_${`${seed}4eC39HqLyjWDarjtT1zdp7dc`.slice(0, 24).split('').reverse().join('')}`;
const OLD_KEY = stripeKey('o');
const NEW_KEY = stripeKey('n');

let tmp: string;
let origin: string;
let base: string;
const heads: Record<'docs' | 'secret', string> = { docs: '', secret: '' };
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'rg-delta-e2e-'));
  origin = path.join(tmp, 'origin');
  cpSync(path.resolve('examples/production-ready'), origin, { recursive: true });
  writeFileSync(path.join(origin, 'app/legacy.py'), `LEGACY_KEY = "${OLD_KEY}"\n`);
  git(origin, 'init', '-q', '-b', 'main');
  git(origin, 'add', '-A');
  git(origin, 'commit', '-qm', 'base: a key that is already there');
  base = git(origin, 'rev-parse', 'HEAD');
  git(origin, 'checkout', '-qb', 'docs');
  appendFileSync(path.join(origin, 'docs/runbook.md'), '\nPage the on-call first.\n');
  git(origin, 'commit', '-qam', 'docs only');
  heads.docs = git(origin, 'rev-parse', 'HEAD');
  git(origin, 'checkout', '-qb', 'secret', 'main');
  writeFileSync(path.join(origin, 'app/payments.py'), `PAYMENTS_KEY = "${NEW_KEY}"\n`);
  git(origin, 'add', '-A');
  git(origin, 'commit', '-qm', 'a second key');
  heads.secret = git(origin, 'rev-parse', 'HEAD');
  git(origin, 'checkout', '-q', 'main');
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function payload(head: string) {
  const p = structuredClone(pr);
  p.pull_request.base.sha = base;
  p.pull_request.head.sha = head;
  return p;
}

/** A checkout of `branch`: full history, or depth 1 (the base commit missing) as actions/checkout makes it. */
function checkout(name: string, branch: 'docs' | 'secret', depth?: number): string {
  const dir = path.join(tmp, name);
  git(tmp, 'clone', '-q', ...(depth ? ['--depth', String(depth)] : []), '--branch', branch, `file://${origin}`, dir);
  return dir;
}

const comment = () => fake().commentsOf(NUMBER).map((c) => c.body).join('\n');
const checkRun = () => fake().checkRuns.at(-1)!;
const NEW_FINDINGS = { 'fail-on': 'new-findings' };

describe('base to head', () => {
  it('a PR with only pre-existing findings passes under fail-on: new-findings; the check is neutral, the comment says nothing is new', async () => {
    fake().pullFiles.set(NUMBER, [{ filename: 'docs/runbook.md', status: 'modified', patch: '@@ -1,0 +2,2 @@\n+\n+Page the on-call first.' }]);
    const r = await run({ event: 'pull_request', payload: payload(heads.docs), workspace: checkout('docs-full', 'docs'), inputs: NEW_FINDINGS });
    expect(r.stdout).toContain('introduces nothing that blocks');
    expect(r.code).toBe(0);
    expect(r.outputs.ready).toBe('false');
    expect(checkRun().conclusion).toBe('neutral');
    expect(comment()).toContain('What this PR changes');
    expect(comment()).toContain('0 new in this PR, 1 already on the base, 0 fixed');
    expect(comment()).toContain('nothing that blocks promotion');
    expect(r.summary).toContain('What this PR changes');
    expect(comment() + r.summary + r.stdout).not.toContain(OLD_KEY);
  });

  it('the same PR under the default fail-on (not-ready) still fails: the key on the base blocks promotion', async () => {
    const r = await run({ event: 'pull_request', payload: payload(heads.docs), workspace: checkout('docs-default', 'docs') });
    expect(r.code).toBe(1);
    expect(checkRun().conclusion).toBe('failure');
    expect(comment()).toContain('What this PR changes');
  });

  it('a PR adding a secret on top fails and names only the new one as new', async () => {
    fake().pullFiles.set(NUMBER, [{ filename: 'app/payments.py', status: 'added', patch: '@@ -0,0 +1 @@\n+PAYMENTS_KEY = "…"' }]);
    const r = await run({ event: 'pull_request', payload: payload(heads.secret), workspace: checkout('secret-full', 'secret'), inputs: NEW_FINDINGS });
    expect(r.code).toBe(1);
    expect(checkRun().conclusion).toBe('failure');
    const body = comment();
    expect(body).toContain('1 new in this PR, 1 already on the base');
    const section = body.slice(body.indexOf('What this PR changes'), body.indexOf('Introduced by this PR'));
    expect(section).toContain('app/payments.py');
    expect(section).not.toContain('app/legacy.py');
    // Markdown-escaped, as every sentence in the comment.
    expect(body).toContain('New finding in this PR: secrets/stripe\\-secret\\-key at app/payments\\.py:1');
    expect(body + r.summary + r.stdout + r.stderr).not.toContain(NEW_KEY);
  });

  it('the same from a depth-1 checkout: the base is fetched, the delta is the same', async () => {
    const workspace = checkout('secret-shallow', 'secret', 1);
    expect(() => git(workspace, 'cat-file', '-e', `${base}^{commit}`)).toThrow();
    const r = await run({ event: 'pull_request', payload: payload(heads.secret), workspace, inputs: NEW_FINDINGS });
    expect(r.stdout).toContain(`fetched the base commit ${base.slice(0, 12)}`);
    expect(r.code).toBe(1);
    expect(comment()).toContain('1 new in this PR, 1 already on the base');
    const docs = await run({ event: 'pull_request', payload: payload(heads.docs), workspace: checkout('docs-shallow', 'docs', 1), inputs: NEW_FINDINGS });
    expect(docs.code).toBe(0);
    expect(comment()).toContain('0 new in this PR, 1 already on the base');
  });

  it('a base that cannot be read is a notice and no delta; new-findings then fails on the verdict', async () => {
    const workspace = checkout('no-base', 'docs', 1);
    git(workspace, 'remote', 'remove', 'origin');
    const r = await run({ event: 'pull_request', payload: payload(heads.docs), workspace, inputs: NEW_FINDINGS });
    expect(r.code).toBe(1);
    expect(r.summary).toMatch(/No base\\-to\\-head delta: the base commit could not be read/);
    expect(r.summary).not.toContain('What this PR changes');
    expect(r.stdout).toContain('no base-to-head delta here');
  });

  it('compare-base: false leaves the delta out', async () => {
    const r = await run({ event: 'pull_request', payload: payload(heads.docs), workspace: checkout('no-compare', 'docs'), inputs: { 'compare-base': 'false' } });
    expect(r.code).toBe(1);
    expect(r.summary).not.toContain('What this PR changes');
  });
});
