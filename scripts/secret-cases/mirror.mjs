// Reads files from a bare mirror (a git dir without work tree) at its HEAD, in one batch.
import { execFileSync } from 'node:child_process';

export function listFiles(gitDir, under = '') {
  const out = execFileSync('git', ['-C', gitDir, 'ls-tree', '-r', '--full-tree', 'HEAD', '--', under], { encoding: 'utf8', maxBuffer: 1 << 28 });
  return out.split('\n').filter(Boolean).map((line) => {
    const [meta, path] = line.split('\t');
    const [, type, sha] = meta.split(' ');
    return { path, sha, type };
  }).filter((f) => f.type === 'blob');
}

export function readFiles(gitDir, files) {
  if (!files.length) return new Map();
  const buf = execFileSync('git', ['-C', gitDir, 'cat-file', '--batch'], { input: files.map((f) => f.sha).join('\n') + '\n', maxBuffer: 1 << 30 });
  const contents = new Map();
  let pos = 0;
  for (const f of files) {
    const nl = buf.indexOf(10, pos);
    const size = Number(buf.subarray(pos, nl).toString('latin1').split(' ')[2]);
    contents.set(f.path, buf.subarray(nl + 1, nl + 1 + size).toString('utf8'));
    pos = nl + 1 + size + 1;
  }
  return contents;
}

export function headCommit(gitDir) {
  return execFileSync('git', ['-C', gitDir, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
}
