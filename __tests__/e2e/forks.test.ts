// End to end: a fork's pull request under pull_request_target. The workspace is the base
// checkout (as actions/checkout leaves it on that event); the head commit exists only as
// refs/pull/N/head in the origin, as a fork's commit does in the base repository. The built
// action must read the head as data (git objects, or the git trees and blobs API when git
// cannot fetch), never write it into the workspace, never run it, judge the head's files by the
// base's rules, and publish the comment and the check on the head commit.
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
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
/** Where the PR's scripts would leave a mark if anything ran them. */
let sentinel: string;

beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'rg-forks-'));
  origin = path.join(tmp, 'origin');
  sentinel = path.join(tmp, 'pr-code-ran');
  cpSync(path.resolve('examples/production-ready'), origin, { recursive: true });
  git(origin, 'init', '-q', '-b', 'main');
  git(origin, 'add', '-A');
  git(origin, 'commit', '-qm', 'base');
  base = git(origin, 'rev-parse', 'HEAD');
  git(origin, 'checkout', '-q', '-b', 'fork-patch');
  // The fork's head: a live-looking key, a .gitignore that tries to hide it, a relaxed policy,
  // and programs that would leave the sentinel if anything ran them.
  writeFileSync(path.join(origin, 'app/payments.py'), `STRIPE_KEY = "${stripeKey()}"\n`);
  writeFileSync(path.join(origin, '.gitignore'), 'app/payments.py\n');
  appendFileSync(path.join(origin, '.github/readiness-policy.yml'), "findings:\n  allow_paths: ['**']\n");
  writeFileSync(path.join(origin, 'package.json'), JSON.stringify({ name: 'x', scripts: { preinstall: `touch ${sentinel}`, postinstall: `touch ${sentinel}`, prepare: `touch ${sentinel}` } }));
  writeFileSync(path.join(origin, 'Makefile'), `all:\n\ttouch ${sentinel}\n`);
  writeFileSync(path.join(origin, 'run.sh'), `#!/bin/sh\ntouch ${sentinel}\n`, { mode: 0o755 });
  mkdirSync(path.join(origin, '.husky'), { recursive: true });
  writeFileSync(path.join(origin, '.husky/pre-commit'), `touch ${sentinel}\n`, { mode: 0o755 });
  writeFileSync(path.join(origin, '.gitattributes'), '* filter=evil\n');
  git(origin, 'add', '-A', '-f');
  git(origin, 'commit', '-qm', 'fork head');
  head = git(origin, 'rev-parse', 'HEAD');
  // Only GitHub's pull ref reaches the fork's commit.
  git(origin, 'update-ref', `refs/pull/${NUMBER}/head`, head);
  git(origin, 'checkout', '-q', 'main');
  git(origin, 'branch', '-q', '-D', 'fork-patch');
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function payload() {
  const p = structuredClone(pr);
  p.pull_request.base.sha = base;
  p.pull_request.head.sha = head;
  p.pull_request.head.repo = { ...p.pull_request.head.repo, fork: true, full_name: 'someone/fork' };
  return p;
}

/** The base checkout actions/checkout makes on pull_request_target: the base branch, depth 1, with a filter driver the fork's .gitattributes names. */
function baseCheckout(name: string): string {
  const dir = path.join(tmp, name);
  git(tmp, 'clone', '-q', '--depth', '1', '--branch', 'main', `file://${origin}`, dir);
  git(dir, 'config', 'filter.evil.smudge', `sh -c 'touch ${sentinel}; cat'`);
  git(dir, 'config', 'filter.evil.clean', `sh -c 'touch ${sentinel}; cat'`);
  return dir;
}

function prFiles() {
  fake().pullFiles.set(NUMBER, [
    { filename: '.github/readiness-policy.yml', status: 'modified', patch: "@@ -7,0 +8,2 @@\n+findings:\n+  allow_paths: ['**']" },
    { filename: 'app/payments.py', status: 'added', patch: '@@ -0,0 +1 @@\n+STRIPE_KEY = "…"' },
  ]);
}

const workspaceFiles = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => !f.startsWith('.git/') && f !== '.git').sort();

function expectWorkspaceUntouched(workspace: string, before: string[]) {
  expect(workspaceFiles(workspace)).toEqual(before);
  expect(git(workspace, 'status', '--porcelain')).toBe('');
  expect(existsSync(path.join(workspace, 'app/payments.py'))).toBe(false);
  expect(existsSync(sentinel)).toBe(false);
}

function expectPublishedOnHead(ready: boolean) {
  const runs = fake().checkRuns;
  expect(runs).toHaveLength(1);
  expect(runs[0]!.head_sha).toBe(head);
  expect(runs[0]!.conclusion).toBe(ready ? 'success' : 'failure');
  const comments = fake().commentsOf(NUMBER);
  expect(comments).toHaveLength(1);
  return comments[0]!.body;
}

describe('pull_request_target from a fork: the head is read as data', () => {
  it('fetches refs/pull/N/head into the base checkout, scans its files by the base rules, publishes on the head', async () => {
    prFiles();
    const workspace = baseCheckout('git-path');
    const before = workspaceFiles(workspace);
    expect(() => git(workspace, 'cat-file', '-e', `${head}^{commit}`)).toThrow();
    const r = await run({ event: 'pull_request_target', payload: payload(), workspace });
    expect(r.stdout).toContain(`fetched the pull request head ${head.slice(0, 12)} (refs/pull/${NUMBER}/head)`);
    // The verdict is the head's: the key the base does not have, found although the PR's
    // .gitignore names it and its policy allows every path.
    expect(r.code).toBe(1);
    expect(r.outputs.ready).toBe('false');
    const body = expectPublishedOnHead(false);
    expect(body).toContain('app/payments.py');
    expect(body).toContain('Policy change in this PR');
    expect(body).toContain(`/blob/${head}/`);
    expect(body).not.toContain(stripeKey());
    expect(fake().count('git/get-tree')).toBe(0);
    expectWorkspaceUntouched(workspace, before);
    // The copy of the head is gone once the run ends.
    expect(readdirSync(path.join(r.tmp, 'runner-temp')).filter((d) => d.startsWith('pr-head-'))).toEqual([]);
  });

  it('a fork head with nothing wrong passes: the check is green on the head commit', async () => {
    // Same base; the head only edits the changelog.
    git(origin, 'checkout', '-q', '-b', 'clean-patch');
    appendFileSync(path.join(origin, 'CHANGELOG.md'), '\n- a harmless fix\n');
    git(origin, 'commit', '-qam', 'clean head');
    const clean = git(origin, 'rev-parse', 'HEAD');
    git(origin, 'update-ref', `refs/pull/${NUMBER + 1}/head`, clean);
    git(origin, 'checkout', '-q', 'main');
    git(origin, 'branch', '-q', '-D', 'clean-patch');
    const p = payload();
    p.number = NUMBER + 1;
    p.pull_request.number = NUMBER + 1;
    p.pull_request.head.sha = clean;
    fake().pullFiles.set(NUMBER + 1, [{ filename: 'CHANGELOG.md', status: 'modified', patch: '@@ -1 +1,2 @@\n+- a harmless fix' }]);
    const r = await run({ event: 'pull_request_target', payload: p, workspace: baseCheckout('clean') });
    expect(r.code).toBe(0);
    expect(fake().checkRuns[0]).toMatchObject({ head_sha: clean, conclusion: 'success' });
    expect(fake().commentsOf(NUMBER + 1)).toHaveLength(1);
  });

  it('falls back to the git trees and blobs API when git cannot fetch, walking a truncated tree', async () => {
    prFiles();
    const workspace = baseCheckout('api-path');
    git(workspace, 'remote', 'set-url', 'origin', path.join(tmp, 'no-such-remote'));
    const before = workspaceFiles(workspace);
    fake().gitRepo = origin;
    fake().treeTruncateAbove = 5;
    const r = await run({ event: 'pull_request_target', payload: payload(), workspace });
    expect(r.stdout).toContain(`read the pull request head ${head.slice(0, 12)} through the API`);
    expect(r.code).toBe(1);
    // One truncated recursive listing, then the tree walked level by level.
    expect(fake().count('git/get-tree')).toBeGreaterThan(2);
    expect(fake().count('git/get-blob')).toBe(Number(git(origin, 'ls-tree', '-r', '--name-only', head).split('\n').length));
    const body = expectPublishedOnHead(false);
    expect(body).toContain('app/payments.py');
    expect(body).not.toContain(stripeKey());
    expectWorkspaceUntouched(workspace, before);
  });

  it('fails closed (exit 2, failed check) when neither git nor the API can read the head', async () => {
    prFiles();
    const workspace = baseCheckout('nothing');
    git(workspace, 'remote', 'set-url', 'origin', path.join(tmp, 'no-such-remote'));
    fake().denied.add('contents');
    const r = await run({ event: 'pull_request_target', payload: payload(), workspace });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('could not read the pull request head');
    expect(r.stdout).toContain('contents: read');
    expect(fake().checkRuns[0]).toMatchObject({ head_sha: head, status: 'completed', conclusion: 'failure' });
    expect(existsSync(sentinel)).toBe(false);
  });
});
