// Which files exist: git's view (tracked plus untracked, not ignored) when the tree is a git
// work tree, a directory walk that honours the root .gitignore otherwise.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ignore from 'ignore';
import picomatch from 'picomatch';
import { toPosix } from './paths.js';
import { appendAll } from '../util/append.js';

const ALWAYS_SKIPPED_DIRS = new Set(['.git', '.hg', '.svn']);

export interface FileListing {
  files: string[];
  via: 'git' | 'walk' | 'given';
}

/**
 * Lists the tree. `onFiles`, when given, receives every kept file as soon as it is found (in
 * no particular order), so a scan can start before the listing ends; the result is sorted.
 */
export function listFiles(root: string, ignoreGlobs: readonly string[] = [], onFiles?: (files: string[]) => void): FileListing {
  const ignored = ignoreGlobs.length ? picomatch(ignoreGlobs as string[], { dot: true }) : undefined;
  const keep = (files: string[]) => (ignored ? files.filter((f) => !ignored(f)) : files);
  const fromGit = gitFiles(root);
  // An empty git listing means the directory is ignored or not yet added: walk it instead.
  if (fromGit?.length) {
    const files = keep(fromGit);
    onFiles?.(files);
    return { files: files.sort(), via: 'git' };
  }
  const files = walk(root, (found) => {
    const kept = keep(found);
    onFiles?.(kept);
    return kept;
  });
  return { files: files.sort(), via: 'walk' };
}

/** A listing the caller made (a tree read from git objects): the policy's ignore globs still apply. */
export function givenFiles(given: readonly string[], ignoreGlobs: readonly string[] = [], onFiles?: (files: string[]) => void): FileListing {
  const ignored = ignoreGlobs.length ? picomatch(ignoreGlobs as string[], { dot: true }) : undefined;
  const files = ignored ? given.filter((f) => !ignored(f)) : [...given];
  onFiles?.(files);
  return { files: [...files].sort(), via: 'given' };
}

function gitFiles(root: string): string[] | undefined {
  try {
    const inside = execFileSync('git', ['rev-parse', '--is-inside-work-tree'], { cwd: root, stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
    if (inside !== 'true') return undefined;
    const out = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--deduplicate', '--', '.'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 512 * 1024 * 1024,
    });
    // ls-files prints paths relative to cwd, which is the root we scan.
    return out.toString('utf8').split('\0').filter(Boolean);
  } catch {
    return undefined;
  }
}

function walk(root: string, emit: (files: string[]) => string[]): string[] {
  let ig: ReturnType<typeof ignore> | undefined;
  try {
    ig = ignore().add(readFileSync(path.join(root, '.gitignore'), 'utf8'));
  } catch {
    // No .gitignore: nothing extra to skip, and no per-path matching to pay for.
  }
  const out: string[] = [];
  let found: string[] = [];
  const flush = () => {
    appendAll(out, emit(found));
    found = [];
  };
  const stack: string[] = [''];
  while (stack.length) {
    if (found.length >= 256) flush();
    const dir = stack.pop()!;
    let entries;
    try {
      entries = readdirSync(path.join(root, dir), { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      const rel = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (ALWAYS_SKIPPED_DIRS.has(entry.name) || ig?.ignores(`${rel}/`)) continue;
        stack.push(rel);
      } else if (!ig?.ignores(rel)) {
        found.push(toPosix(rel));
      }
    }
  }
  flush();
  return out;
}
