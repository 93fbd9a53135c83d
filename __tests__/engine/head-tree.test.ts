// The PR head read from git objects: fetched only through refs/pull/N/head when no branch has
// it, listed from the commit's tree under the scanned directory, copied as regular 0644 files
// (a symlink, a submodule and the executable bit are not carried over), caps checked first.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { copyCommitTree, ensureHeadCommit, gitIn, listCommitTree, repoPrefix } from '../../src/engine/head-tree.js';
import { CopyFailure, InertCopy } from '../../src/workspace/inert-copy.js';
import { git } from '../helpers/git.js';

const LIMITS = { maxFiles: 100, maxBytes: 1024 * 1024, maxFileBytes: 1024 * 1024 };

let tmp: string;
let origin: string;
let head: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'rg-head-tree-'));
  origin = path.join(tmp, 'origin');
  mkdirSync(path.join(origin, 'svc/app'), { recursive: true });
  writeFileSync(path.join(origin, 'README.md'), 'base\n');
  git(origin, 'init', '-q', '-b', 'main');
  git(origin, 'add', '-A');
  git(origin, 'commit', '-qm', 'base');
  git(origin, 'checkout', '-q', '-b', 'pr');
  writeFileSync(path.join(origin, 'svc/app/main.py'), 'print("hi")\n');
  writeFileSync(path.join(origin, 'svc/run.sh'), '#!/bin/sh\n', { mode: 0o755 });
  symlinkSync('/etc/passwd', path.join(origin, 'svc/passwd'));
  writeFileSync(path.join(origin, 'other.txt'), 'outside the scanned directory\n');
  git(origin, 'add', '-A');
  git(origin, 'commit', '-qm', 'head');
  head = git(origin, 'rev-parse', 'HEAD');
  git(origin, 'update-ref', 'refs/pull/7/head', head);
  git(origin, 'checkout', '-q', 'main');
  git(origin, 'branch', '-q', '-D', 'pr');
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function checkout(name: string): string {
  const dir = path.join(tmp, name);
  git(tmp, 'clone', '-q', '--depth', '1', `file://${origin}`, dir);
  return dir;
}

describe('the PR head from git objects', () => {
  it('fetches a commit only refs/pull/N/head reaches, and says so', () => {
    const dir = checkout('fetch');
    const g = gitIn(dir);
    expect(ensureHeadCommit(g, head, 7)).toBe('fetched');
    expect(ensureHeadCommit(g, head, 7)).toBe('present');
    // Fetching writes objects only: the work tree is still the base's.
    expect(git(dir, 'status', '--porcelain')).toBe('');
    expect(git(dir, 'rev-parse', 'HEAD')).not.toBe(head);
  });

  it('is unavailable for a malformed SHA or PR number, or an unreachable commit', () => {
    const g = gitIn(checkout('bad'));
    expect(ensureHeadCommit(g, 'HEAD', 7)).toBe('unavailable');
    expect(ensureHeadCommit(g, head, 0)).toBe('unavailable');
    expect(ensureHeadCommit(g, 'b'.repeat(40), 7)).toBe('unavailable');
  });

  it('copies the regular files under the scanned directory, relative to it, never executable, no symlink', () => {
    const dir = checkout('copy');
    const g = gitIn(path.join(dir, 'svc'));
    mkdirSync(path.join(dir, 'svc'), { recursive: true });
    ensureHeadCommit(g, head, 7);
    // The checkout is the base: svc/ does not exist there, so read the prefix from the repository root.
    const prefix = repoPrefix(gitIn(dir));
    expect(prefix).toBe('');
    const entries = listCommitTree(g, head, 'svc');
    expect(entries.map((e) => [e.path, e.mode])).toEqual([
      ['svc/app/main.py', '100644'],
      ['svc/passwd', '120000'],
      ['svc/run.sh', '100755'],
    ]);
    const copy = new InertCopy(path.join(tmp, 'out'), LIMITS);
    copyCommitTree(g, head, 'svc', copy);
    expect(copy.files.sort()).toEqual(['app/main.py', 'run.sh']);
    expect(readFileSync(path.join(tmp, 'out/app/main.py'), 'utf8')).toBe('print("hi")\n');
    expect(statSync(path.join(tmp, 'out/run.sh')).mode & 0o777).toBe(0o644);
  });

  it('checks the caps on the listing before reading a blob', () => {
    const dir = checkout('caps');
    const g = gitIn(dir);
    ensureHeadCommit(g, head, 7);
    const copy = new InertCopy(path.join(tmp, 'capped'), { ...LIMITS, maxFiles: 2 });
    expect(() => copyCommitTree(g, head, '', copy)).toThrow(CopyFailure);
    expect(copy.files).toEqual([]);
  });
});
