// Paths from manifests and policies are untrusted: they must stay inside the workspace.
import { realpathSync } from 'node:fs';
import path from 'node:path';

export type InsideResult = { ok: true; path: string } | { ok: false; reason: string };

/** Resolves `relative` against a workspace-relative `baseDir`; refuses anything that leaves the root. */
export function resolveInside(root: string, baseDir: string, relative: string): InsideResult {
  if (relative.includes('\0')) return { ok: false, reason: 'contains a NUL byte' };
  if (path.isAbsolute(relative) || path.win32.isAbsolute(relative) || /^[a-zA-Z]:/.test(relative)) {
    return { ok: false, reason: 'is absolute; write it relative to the manifest' };
  }
  const joined = path.posix.normalize(path.posix.join(toPosix(baseDir) || '.', toPosix(relative)));
  if (joined === '..' || joined.startsWith('../')) {
    return { ok: false, reason: 'leaves the repository' };
  }
  const normalised = joined === '.' ? '' : joined.replace(/\/$/, '');
  // Follow symlinks of what exists: a link may point out of the workspace.
  try {
    const real = realpathSync(path.join(root, normalised));
    const realRoot = realpathSync(root);
    if (real !== realRoot && !real.startsWith(realRoot + path.sep)) {
      return { ok: false, reason: 'is a symlink that leads out of the repository' };
    }
  } catch {
    // Does not exist: callers decide whether a missing path is an error.
  }
  return { ok: true, path: normalised };
}

export function toPosix(p: string): string {
  return path.sep === '/' ? p : p.split(path.sep).join('/');
}

/** Joins a workspace-relative directory and a relative path into a normalised workspace path. */
export function joinWorkspacePath(dir: string, relative: string): string {
  const parts: string[] = [];
  for (const part of `${dir}/${relative}`.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return parts.join('/');
}

/** 1-based line number of an offset in a text. */
export function lineAtOffset(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
