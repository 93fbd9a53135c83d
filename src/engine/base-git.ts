// What the base commit holds and what differs from it, read from git for the base-to-head delta:
// the base tree's entries under the scanned directory, the paths the checkout changes against it
// (renames paired up), and blobs read in one `cat-file --batch`. Plumbing only, through execFile
// (no shell), no hooks; nothing of the pull request runs.
import { execFileSync } from 'node:child_process';

/** One entry of the base tree: `mode` 100644/100755 is a regular file, 120000 a symlink, 160000 a submodule. */
export interface BaseEntry {
  mode: string;
  oid: string;
  size: number;
}

/** A path that differs between the base commit and the checkout; `previousPath` for a rename (the pulls API's previous_filename). */
export interface PathChange {
  path: string;
  previousPath?: string;
  status: 'added' | 'modified' | 'removed' | 'renamed';
}

const GIT_TIMEOUT_MS = 60_000;
const LISTING_MAX_BUFFER = 512 * 1024 * 1024;

function git(root: string, args: string[], input?: Buffer, maxBuffer = LISTING_MAX_BUFFER): Buffer {
  // core.fsmonitor would run a program named in the repository's config: switched off.
  return execFileSync('git', ['-c', 'core.fsmonitor=false', '-c', 'core.quotePath=false', ...args], {
    cwd: root,
    stdio: ['pipe', 'pipe', 'ignore'],
    maxBuffer,
    timeout: GIT_TIMEOUT_MS,
    ...(input ? { input } : {}),
  });
}

/** The base tree under `root` (the process cwd's directory in the repository), paths relative to it. */
export function baseTree(root: string, commit: string): Map<string, BaseEntry> {
  // Without --full-tree, ls-tree keeps to the current directory and prints paths relative to it.
  const out = git(root, ['ls-tree', '-r', '-z', '-l', commit]).toString('utf8');
  const entries = new Map<string, BaseEntry>();
  for (const line of out.split('\0')) {
    const match = /^(\d{6}) \w+ ([0-9a-f]{40,64}) +(-|\d+)\t(.+)$/s.exec(line);
    if (!match) continue;
    const [, mode, oid, size, path] = match;
    entries.set(path!, { mode: mode!, oid: oid!, size: size === '-' ? 0 : Number(size) });
  }
  return entries;
}

/** Paths under `root` whose content in the checkout (the working tree) differs from `commit`'s. */
export function changesSince(root: string, commit: string): PathChange[] {
  const out = git(root, ['diff', '--name-status', '-z', '-M', '--relative', '--no-ext-diff', '--no-textconv', '--ignore-submodules=all', commit, '--']).toString('utf8');
  return parseNameStatus(out);
}

/** `git diff --name-status -z` output: `S\0path\0`, or `R<score>\0old\0new\0` for renames and copies. */
export function parseNameStatus(out: string): PathChange[] {
  const parts = out.split('\0');
  const changes: PathChange[] = [];
  for (let i = 0; i < parts.length; ) {
    const status = parts[i++];
    if (!status) continue;
    const kind = status[0];
    if (kind === 'R' || kind === 'C') {
      const from = parts[i++];
      const to = parts[i++];
      if (from === undefined || to === undefined) break;
      changes.push(kind === 'R' ? { path: to, previousPath: from, status: 'renamed' } : { path: to, status: 'added' });
      continue;
    }
    const path = parts[i++];
    if (path === undefined) break;
    changes.push({ path, status: kind === 'A' ? 'added' : kind === 'D' ? 'removed' : 'modified' });
  }
  return changes;
}

/**
 * The blobs' bytes by oid, in one `git cat-file --batch`. `maxTotal` bounds the output buffer;
 * callers only ask for blobs whose sizes (from the tree listing) they accept.
 */
export function readBlobs(root: string, oids: readonly string[], maxTotal: number): Map<string, Buffer> {
  const blobs = new Map<string, Buffer>();
  const unique = [...new Set(oids)];
  if (!unique.length) return blobs;
  const out = git(root, ['cat-file', '--batch'], Buffer.from(`${unique.join('\n')}\n`), maxTotal + unique.length * 128 + 1024);
  let at = 0;
  while (at < out.length) {
    const eol = out.indexOf(10, at);
    if (eol < 0) break;
    const header = out.subarray(at, eol).toString('utf8');
    at = eol + 1;
    const match = /^([0-9a-f]{40,64}) (\w+) (\d+)$/.exec(header);
    if (!match) continue; // `<oid> missing`
    const size = Number(match[3]);
    if (match[2] === 'blob') blobs.set(match[1]!, out.subarray(at, at + size));
    at += size + 1;
  }
  return blobs;
}
