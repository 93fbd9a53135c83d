// Which files exist: git's view (tracked plus untracked, not ignored) when the tree is a git
// work tree, a directory walk that honours the root .gitignore otherwise.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ignore from 'ignore';
import picomatch from 'picomatch';
import { toPosix } from './paths.js';

const ALWAYS_SKIPPED_DIRS = new Set(['.git', '.hg', '.svn']);

export interface FileListing {
  files: string[];
  via: 'git' | 'walk';
}

export function listFiles(root: string, ignoreGlobs: readonly string[] = []): FileListing {
  const fromGit = gitFiles(root);
  // An empty git listing means the directory is ignored or not yet added: walk it instead.
  const listing: FileListing = fromGit?.length ? { files: fromGit, via: 'git' } : { files: walk(root), via: 'walk' };
  const ignored = ignoreGlobs.length ? picomatch(ignoreGlobs as string[], { dot: true }) : undefined;
  const files = listing.files.filter((f) => !ignored?.(f)).sort();
  return { files, via: listing.via };
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

function walk(root: string): string[] {
  let ig: ReturnType<typeof ignore> | undefined;
  try {
    ig = ignore().add(readFileSync(path.join(root, '.gitignore'), 'utf8'));
  } catch {
    // No .gitignore: nothing extra to skip, and no per-path matching to pay for.
  }
  const out: string[] = [];
  const stack: string[] = [''];
  while (stack.length) {
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
        out.push(toPosix(rel));
      }
    }
  }
  return out;
}
