// Files of the pull request's base commit, read from git objects: the rules a PR is judged by
// come from there, not from the PR's own checkout. Git runs through execFile (no shell) with
// plumbing commands only (rev-parse, ls-tree, cat-file), which run no hooks and no PR code;
// every read is capped before the blob is fetched.
import { execFileSync } from 'node:child_process';
import type { FileSource, SourceRead } from '../workspace/file-source.js';
import { decodeWide, sniffEncoding } from '../workspace/text-encoding.js';

export type BaseOpen = { ok: true; commit: string; source: FileSource } | { ok: false; reason: string };

const GIT_TIMEOUT_MS = 30_000;

function git(root: string, args: string[], maxBuffer = 1024 * 1024): Buffer {
  // core.fsmonitor would run a program named in the repository's config: switched off.
  return execFileSync('git', ['-c', 'core.fsmonitor=false', ...args], { cwd: root, stdio: ['ignore', 'pipe', 'ignore'], maxBuffer, timeout: GIT_TIMEOUT_MS });
}

/** Opens `ref` (a commit SHA or any revision) of the repository that holds `root`. */
export function openBase(root: string, ref: string): BaseOpen {
  if (!/^[\w./@^~{}-]{1,200}$/.test(ref) || ref.startsWith('-')) return { ok: false, reason: `'${ref.slice(0, 60)}' is not a git revision` };
  let commit: string;
  let prefix: string;
  try {
    commit = git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]).toString('utf8').trim();
    prefix = git(root, ['rev-parse', '--show-prefix']).toString('utf8').trim();
  } catch {
    return { ok: false, reason: `base commit ${ref.slice(0, 60)} is not in this checkout's git objects (a shallow clone, or not a git repository)` };
  }
  if (!/^[0-9a-f]{40,64}$/.test(commit)) return { ok: false, reason: `base ${ref.slice(0, 60)} did not resolve to a commit` };
  return { ok: true, commit, source: gitSource(root, commit, prefix) };
}

/** A FileSource over one commit's tree; `prefix` is the workspace root's path inside the repository. */
export function gitSource(root: string, commit: string, prefix = ''): FileSource {
  return {
    label: `base commit ${commit.slice(0, 12)}`,
    read(relPath: string, maxBytes: number): SourceRead {
      const inside = normalise(relPath);
      if (inside === undefined) return { ok: false, reason: 'outside' };
      let entry: string;
      try {
        // `ls-tree` shows the entry's mode: only a regular blob (100644/100755) is a file.
        entry = git(root, ['ls-tree', '-z', '--full-tree', commit, '--', `${prefix}${inside}`]).toString('utf8');
      } catch {
        return { ok: false, reason: 'unreadable' };
      }
      const match = /^(\d{6}) (\w+) ([0-9a-f]{40,64})\t/.exec(entry);
      if (!match) return { ok: false, reason: 'missing' };
      const [, mode, type, oid] = match;
      if (mode === '120000') return { ok: false, reason: 'symlink' };
      if (type !== 'blob') return { ok: false, reason: 'not-a-file' };
      try {
        const size = Number(git(root, ['cat-file', '-s', oid!]).toString('utf8').trim());
        if (!(size <= maxBytes)) return { ok: false, reason: 'too-large' };
        const data = git(root, ['cat-file', 'blob', oid!], size + 1024);
        const sniffed = sniffEncoding(data);
        if (sniffed.kind === 'binary') return { ok: false, reason: 'binary' };
        return { ok: true, text: sniffed.encoding === 'utf8' ? data.toString('utf8') : decodeWide(data.subarray(sniffed.bom), sniffed.encoding) };
      } catch {
        return { ok: false, reason: 'unreadable' };
      }
    },
  };
}

/** A repository-relative path with no `..` escape, or undefined. */
function normalise(relPath: string): string | undefined {
  if (relPath.includes('\0') || relPath.startsWith('/') || /^[a-zA-Z]:/.test(relPath)) return undefined;
  const parts: string[] = [];
  for (const part of relPath.replace(/\\/g, '/').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (!parts.length) return undefined;
      parts.pop();
    } else parts.push(part);
  }
  return parts.length ? parts.join('/') : undefined;
}
