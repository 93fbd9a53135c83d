// End to end: a pull request cannot relax the gate that judges it. The built action runs in a
// real git checkout whose head commit both adds a provider-shaped key and relaxes the policy
// (`allow_paths: ['**']`); with policy-ref: base it is judged by the base commit's rules, also
// from a depth-1 checkout (the base is fetched), through the contents API when the fetch fails,
// and fails closed when the base cannot be read at all.
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { prPayload, withFakeGitHub } from '../helpers/fake-github-run.js';
import { git } from '../helpers/git.js';

const pr = prPayload();
const NUMBER = pr.number as number;
const { fake, run } = withFakeGitHub(pr.repository.full_name as string);


// Built at run time so no key-shaped literal is committed.
const stripeKey = () => `sk_live_${'4eC39HqLyjWDarjtT1zdp7dc'.split('').reverse().join('')}`;

let tmp: string;
let origin: string;
let base: string;
let head: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'rg-base-rules-'));
  origin = path.join(tmp, 'origin');
  cpSync(path.resolve('examples/production-ready'), origin, { recursive: true });
  git(origin, 'init', '-q', '-b', 'main');
  git(origin, 'add', '-A');
  git(origin, 'commit', '-qm', 'base');
  base = git(origin, 'rev-parse', 'HEAD');
  // The base's own policy (the approved API catalog), plus an allow-everything for secrets.
  appendFileSync(path.join(origin, '.github/readiness-policy.yml'), "findings:\n  allow_paths: ['**']\n");
  writeFileSync(path.join(origin, 'app/payments.py'), `STRIPE_KEY = "${stripeKey()}"\n`);
  git(origin, 'add', '-A');
  git(origin, 'commit', '-qm', 'head: a key, and a policy that allows it');
  head = git(origin, 'rev-parse', 'HEAD');
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function payload() {
  const p = structuredClone(pr);
  p.pull_request.base.sha = base;
  p.pull_request.head.sha = head;
  return p;
}

function prFiles() {
  fake().pullFiles.set(NUMBER, [
    { filename: '.github/readiness-policy.yml', status: 'modified', patch: "@@ -7,0 +8,2 @@\n+findings:\n+  allow_paths: ['**']" },
    { filename: 'app/payments.py', status: 'added', patch: '@@ -0,0 +1 @@\n+STRIPE_KEY = "…"' },
  ]);
}

function shallowClone(name: string): string {
  const dir = path.join(tmp, name);
  git(tmp, 'clone', '-q', '--depth', '1', `file://${origin}`, dir);
  return dir;
}

/** The fake's contents API answers with the base commit's tree, read from the origin's git objects. */
function serveBaseContents() {
  const files = new Map<string, Buffer>();
  for (const name of git(origin, 'ls-tree', '-r', '--name-only', base).split('\n')) files.set(name, execFileSync('git', ['show', `${base}:${name}`], { cwd: origin }));
  fake().contents.set(base, files);
}

const comment = () => fake().commentsOf(NUMBER).map((c) => c.body).join('\n');

describe('the rules come from the base commit', () => {
  it("judges a PR that relaxes the policy by the base's policy, and previews the new one", async () => {
    prFiles();
    const r = await run({ event: 'pull_request', payload: payload(), workspace: origin });
    expect(r.code).toBe(1);
    expect(r.outputs.ready).toBe('false');
    expect(comment()).toContain('Policy change in this PR');
    expect(comment()).not.toContain(stripeKey());
  });

  it('with policy-ref: head the same PR passes: the base is what holds the line', async () => {
    prFiles();
    const r = await run({ event: 'pull_request', payload: payload(), workspace: origin, inputs: { 'policy-ref': 'head' } });
    expect(r.outputs.ready).toBe('true');
    expect(r.code).toBe(0);
  });

  it('fetches the base commit into a depth-1 checkout and still judges by it', async () => {
    prFiles();
    const workspace = shallowClone('shallow');
    expect(() => git(workspace, 'cat-file', '-e', `${base}^{commit}`)).toThrow();
    const r = await run({ event: 'pull_request', payload: payload(), workspace });
    expect(r.stdout).toContain(`fetched the base commit ${base.slice(0, 12)}`);
    expect(r.code).toBe(1);
    expect(comment()).toContain('Policy change in this PR');
  });

  it('reads the rules through the contents API when the base commit cannot be fetched', async () => {
    prFiles();
    const workspace = shallowClone('contents-api');
    git(workspace, 'remote', 'remove', 'origin');
    serveBaseContents();
    const r = await run({ event: 'pull_request', payload: payload(), workspace });
    expect(fake().requests.filter((q) => q.operationId === 'repos/get-content' && q.status === 200).length).toBeGreaterThan(0);
    expect(fake().requests.every((q) => q.operationId !== 'repos/get-content' || q.path.includes(`ref=${base}`))).toBe(true);
    expect(r.code).toBe(1);
    expect(comment()).toContain('Policy change in this PR');
    expect(comment()).toContain('the contents API');
    expect(comment()).not.toContain('could not be read');
  });

  it('fails closed when neither git nor the contents API can read the base and the PR changes the policy', async () => {
    prFiles();
    const workspace = shallowClone('no-origin');
    git(workspace, 'remote', 'remove', 'origin');
    serveBaseContents();
    fake().denied.add('contents');
    const r = await run({ event: 'pull_request', payload: payload(), workspace });
    expect(r.code).toBe(1);
    expect(comment()).toContain('could not be read');
    expect(comment()).toContain('Promotion blocked: this PR changes');
  });

  it('an unreadable base with the policy untouched is a notice, not a blocker', async () => {
    fake().pullFiles.set(NUMBER, [{ filename: 'README.md', status: 'modified', patch: '@@ -1 +1 @@\n-a\n+b' }]);
    const workspace = shallowClone('untouched');
    git(workspace, 'remote', 'remove', 'origin');
    fake().denied.add('contents');
    // The head's relaxed policy then applies: the notice says the base could not be read.
    const r = await run({ event: 'pull_request', payload: payload(), workspace });
    expect(r.code).toBe(0);
    expect(r.summary).toContain('base commit could not be read');
  });
});
