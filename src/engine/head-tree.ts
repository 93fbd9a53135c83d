// A pull request's head commit read as data from the checkout's git objects: under
// pull_request_target the workspace is the base branch, so the head is fetched into its object
// store (refs/pull/N/head, with the checkout's credentials) and read with plumbing only
// (ls-tree, cat-file --batch). Nothing is checked out, no hook, filter or PR program runs.
import { execFileSync } from 'node:child_process';
import { isRegularFile, type InertCopy, type TreeEntry } from '../workspace/inert-copy.js';

const GIT_TIMEOUT_MS = 120_000;
const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
/** Bytes of blobs asked of one `cat-file --batch`. */
const BATCH_BYTES = 32 * 1024 * 1024;

export type Git = (args: string[], options?: { input?: string; maxBuffer?: number }) => Buffer;

export function gitIn(repoDir: string): Git {
  return (args, options = {}) =>
    execFileSync('git', ['-c', 'core.fsmonitor=false', '-c', 'core.hooksPath=/dev/null', '--literal-pathspecs', ...args], {
      cwd: repoDir,
      input: options.input,
      stdio: ['pipe', 'pipe', 'ignore'],
      maxBuffer: options.maxBuffer ?? 64 * 1024 * 1024,
      timeout: GIT_TIMEOUT_MS,
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0' },
    });
}

export type HeadFetch = 'present' | 'fetched' | 'unavailable';

/**
 * Makes the head commit present in the objects: already there, else `refs/pull/N/head` (the
 * only ref a fork's commit is reachable from in the base repository), else the SHA itself.
 */
export function ensureHeadCommit(git: Git, sha: string, pullNumber: number): HeadFetch {
  if (!SHA.test(sha) || !Number.isSafeInteger(pullNumber) || pullNumber < 1) return 'unavailable';
  const present = () => {
    try {
      git(['cat-file', '-e', `${sha}^{commit}`]);
      return true;
    } catch {
      return false;
    }
  };
  if (present()) return 'present';
  for (const what of [`refs/pull/${pullNumber}/head`, sha]) {
    try {
      git(['fetch', '--no-tags', '--no-recurse-submodules', '--no-write-fetch-head', '--depth=1', 'origin', what]);
    } catch {
      continue;
    }
    if (present()) return 'fetched';
  }
  return 'unavailable';
}

/** The repository-relative directory of `dir` inside its work tree ('' at the top), or undefined outside git. */
export function repoPrefix(git: Git): string | undefined {
  try {
    return git(['rev-parse', '--show-prefix']).toString('utf8').trim();
  } catch {
    return undefined;
  }
}

/** Every entry of the commit's tree under `prefix` (repository-relative, '' for all), recursively. */
export function listCommitTree(git: Git, commit: string, prefix: string): TreeEntry[] {
  const out = git(['ls-tree', '-r', '-z', '-l', '--full-tree', commit, ...(prefix ? ['--', prefix.replace(/\/+$/, '')] : [])], { maxBuffer: 512 * 1024 * 1024 }).toString('utf8');
  const entries: TreeEntry[] = [];
  for (const record of out.split('\0')) {
    const m = /^(\d{6}) (blob|tree|commit) ([0-9a-f]{40,64}) +(-|\d+)\t([\s\S]+)$/.exec(record);
    if (!m) continue;
    entries.push({ mode: m[1]!, type: m[2] as TreeEntry['type'], oid: m[3]!, ...(m[4] !== '-' ? { size: Number(m[4]) } : {}), path: m[5]! });
  }
  return entries;
}

/** Copies the commit's regular files under `prefix` into `copy`, paths relative to `prefix`. */
export function copyCommitTree(git: Git, commit: string, prefix: string, copy: InertCopy): void {
  const dir = prefix ? `${prefix.replace(/\/+$/, '')}/` : '';
  const files = listCommitTree(git, commit, prefix).filter(isRegularFile).filter((e) => e.path.startsWith(dir));
  // Every cap is checked on the listing before a single blob is read.
  copy.admitAll(files.map((e) => ({ path: e.path.slice(dir.length), ...(e.size !== undefined ? { size: e.size } : {}) })));
  let batch: TreeEntry[] = [];
  let batchBytes = 0;
  const flush = () => {
    if (!batch.length) return;
    const blobs = readBlobs(git, batch.map((e) => e.oid), batchBytes);
    for (const e of batch) {
      const data = blobs.get(e.oid);
      if (!data) throw new Error(`blob ${e.oid} of ${e.path} is missing from the objects`);
      copy.write(e.path.slice(dir.length), data);
    }
    batch = [];
    batchBytes = 0;
  };
  for (const e of files) {
    batch.push(e);
    batchBytes += e.size ?? 0;
    if (batchBytes >= BATCH_BYTES) flush();
  }
  flush();
}

/** `git cat-file --batch`: many blobs in one process. */
function readBlobs(git: Git, oids: string[], expectedBytes: number): Map<string, Buffer> {
  const unique = [...new Set(oids)];
  const out = git(['cat-file', '--batch'], { input: `${unique.join('\n')}\n`, maxBuffer: expectedBytes + unique.length * 128 + 1024 });
  const blobs = new Map<string, Buffer>();
  let at = 0;
  while (at < out.length) {
    const eol = out.indexOf(0x0a, at);
    if (eol < 0) break;
    const header = out.subarray(at, eol).toString('utf8');
    const m = /^([0-9a-f]{40,64}) (\w+) (\d+)$/.exec(header);
    if (!m) throw new Error(`unexpected git cat-file output: ${header.slice(0, 80)}`);
    const size = Number(m[3]);
    const start = eol + 1;
    if (m[2] === 'blob') blobs.set(m[1]!, out.subarray(start, start + size));
    at = start + size + 1;
  }
  return blobs;
}
