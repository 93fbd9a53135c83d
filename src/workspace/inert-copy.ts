// A pull request head read from git objects or the API, written out as inert data so the
// engine can scan it like any tree: regular files only (mode 0644, never executable), no
// symlinks, no submodules, no .git, into a fresh directory outside the workspace. Nothing
// ever runs from it. The copy is bounded: a file count, a total and a per-file byte cap; past
// any of them the copy fails (and the gate with it) rather than scan part of the head.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface CopyLimits {
  maxFiles: number;
  maxBytes: number;
  maxFileBytes: number;
}

/** A tree entry as git and the API both describe it. */
export interface TreeEntry {
  /** Path inside the tree, POSIX. */
  path: string;
  /** 100644 / 100755 regular file, 120000 symlink, 160000 submodule, 040000 tree. */
  mode: string;
  type: 'blob' | 'tree' | 'commit';
  oid: string;
  /** Blob size in bytes (git ls-tree -l, the API's `size`). */
  size?: number;
}

export class CopyFailure extends Error {}

/** Regular files are copied; symlinks and submodules are left out, as a checkout scan leaves them. */
export const isRegularFile = (e: TreeEntry) => e.type === 'blob' && (e.mode === '100644' || e.mode === '100755');

export class InertCopy {
  /** Paths written, relative to the copy's root. */
  readonly files: string[] = [];
  bytes = 0;
  private readonly dirs = new Set<string>();

  constructor(
    readonly root: string,
    readonly limits: CopyLimits,
  ) {
    mkdirSync(root, { recursive: true });
    if (readdirSync(root).length) throw new CopyFailure(`the copy's directory ${root} is not empty`);
  }

  /** Checks a whole listing before any content is fetched: the file count, every path and size, the total. */
  admitAll(entries: readonly { path: string; size?: number }[]): void {
    if (this.files.length + entries.length > this.limits.maxFiles) throw new CopyFailure(`the head has more than ${this.limits.maxFiles} files`);
    let total = this.bytes;
    for (const e of entries) {
      this.admit(e.path, e.size);
      total += e.size ?? 0;
      if (total > this.limits.maxBytes) throw new CopyFailure(`the head is over ${this.limits.maxBytes} bytes`);
    }
  }

  /** Checks an entry before its content is fetched: a valid path, and room under every cap. */
  admit(relPath: string, size: number | undefined): void {
    if (!isSafeTreePath(relPath)) throw new CopyFailure(`the head has a path git would refuse to check out (${JSON.stringify(relPath.slice(0, 80))})`);
    if (this.files.length + 1 > this.limits.maxFiles) throw new CopyFailure(`the head has more than ${this.limits.maxFiles} files`);
    if (size !== undefined) this.checkSize(relPath, size);
  }

  write(relPath: string, data: Uint8Array): void {
    this.admit(relPath, data.byteLength);
    const full = path.join(this.root, ...relPath.split('/'));
    const dir = path.dirname(full);
    if (!this.dirs.has(dir)) {
      mkdirSync(dir, { recursive: true, mode: 0o755 });
      this.dirs.add(dir);
    }
    // `wx`: never over an existing entry; the directory is fresh and holds no symlink to follow.
    writeFileSync(full, data, { flag: 'wx', mode: 0o644 });
    this.files.push(relPath);
    this.bytes += data.byteLength;
  }

  private checkSize(relPath: string, size: number): void {
    if (size > this.limits.maxFileBytes) throw new CopyFailure(`${relPath.slice(0, 200)} is over the ${this.limits.maxFileBytes}-byte limit for one file`);
    if (this.bytes + size > this.limits.maxBytes) throw new CopyFailure(`the head is over ${this.limits.maxBytes} bytes`);
  }
}

/** Git's own rules for a checkout path: no empty, `.` or `..` component, no `.git`, no NUL or backslash. */
export function isSafeTreePath(relPath: string): boolean {
  if (!relPath || relPath.length > 4096 || /[\0\\]/.test(relPath) || relPath.startsWith('/')) return false;
  return relPath.split('/').every((part) => part !== '' && part !== '.' && part !== '..' && part.toLowerCase() !== '.git');
}
