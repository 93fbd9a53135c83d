// The PR head's copy: regular files only, never executable, never outside its directory, never
// over a cap; a path git would refuse to check out fails the copy instead of being skipped.
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CopyFailure, InertCopy, isSafeTreePath } from '../../src/workspace/inert-copy.js';

let dir: string;
beforeEach(() => (dir = mkdtempSync(path.join(tmpdir(), 'rg-inert-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const limits = { maxFiles: 3, maxBytes: 10, maxFileBytes: 6 };

describe('InertCopy', () => {
  it('writes files 0644 under its root, and lists them', () => {
    const copy = new InertCopy(path.join(dir, 'copy'), limits);
    copy.write('a/b/run.sh', Buffer.from('#!/bin/sh'.slice(0, 6)));
    expect(copy.files).toEqual(['a/b/run.sh']);
    expect(statSync(path.join(dir, 'copy/a/b/run.sh')).mode & 0o777).toBe(0o644);
  });

  it.each(['../escape', 'a/../../escape', '/etc/passwd', '.git/config', 'a/.GIT/hooks/x', 'a//b', './a', 'a\\..\\b', 'a\0b', ''])('refuses the path %j', (p) => {
    const copy = new InertCopy(path.join(dir, 'copy'), limits);
    expect(() => copy.write(p, Buffer.from('x'))).toThrow(CopyFailure);
    expect(readdirSync(dir)).toEqual(['copy']);
    expect(existsSync(path.join(dir, 'escape'))).toBe(false);
  });

  it('fails past the file count, the total and the per-file caps', () => {
    const copy = new InertCopy(path.join(dir, 'copy'), limits);
    expect(() => copy.admit('big', 7)).toThrow('over the 6-byte limit');
    copy.write('a', Buffer.from('12345'));
    expect(() => copy.write('b', Buffer.from('123456'))).toThrow('over 10 bytes');
    copy.write('c', Buffer.from('1'));
    copy.write('d', Buffer.from('1'));
    expect(() => copy.write('e', Buffer.from('1'))).toThrow('more than 3 files');
  });

  it('never writes into a directory that already has content', () => {
    const copy = new InertCopy(path.join(dir, 'copy'), limits);
    copy.write('a', Buffer.from('1'));
    expect(() => new InertCopy(path.join(dir, 'copy'), limits)).toThrow(CopyFailure);
  });

  it('agrees with git on ordinary paths', () => {
    for (const p of ['README.md', 'a/b/c.yaml', '.github/workflows/x.yml', 'dir with space/ü.txt', '.gitignore', 'a/.github']) expect(isSafeTreePath(p)).toBe(true);
  });
});
