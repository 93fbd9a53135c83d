// What each path a manifest names is: a regular readable file, a directory, something else, or
// nothing. Collected once before the controls run, so the controls never touch the disk.
import { closeSync, constants, lstatSync, openSync, type Stats } from 'node:fs';
import path from 'node:path';
import type { Workload } from '../manifest/load.js';
import { contractVersion } from '../scanners/evidence/contracts.js';
import type { PathKind, ReferencedPath } from '../scanners/types.js';
import { joinWorkspacePath } from '../workspace/paths.js';
import { readWorkspaceFile } from '../workspace/read-file.js';

/** Workspace-relative paths a manifest names, and which of them are data contracts. */
export function namedPaths(workload: Workload): { path: string; contract: boolean }[] {
  const m = workload.manifest;
  const named = [m.ownership?.runbook, m.release?.rollback_plan, m.release?.changelog].filter((p): p is string => Boolean(p));
  return [
    ...named.map((p) => ({ path: joinWorkspacePath(workload.dir, p), contract: false })),
    ...m.data_contracts.map((c) => ({ path: joinWorkspacePath(workload.dir, c.path), contract: true })),
  ];
}

/** The kind from what lstat and the listing say: a file only counts when the listing has it. */
export function pathKind(stat: Pick<Stats, 'isFile' | 'isDirectory' | 'isSymbolicLink'> | undefined, listed: boolean, underListed: boolean, readable: boolean): PathKind {
  if (!stat) return underListed ? 'directory' : 'missing';
  if (stat.isSymbolicLink()) return 'symlink';
  if (stat.isDirectory()) return 'directory';
  if (!stat.isFile()) return 'other';
  if (!listed) return 'ignored';
  return readable ? 'file' : 'unreadable';
}

function canOpen(full: string): boolean {
  try {
    closeSync(openSync(full, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK));
    return true;
  } catch {
    return false;
  }
}

export function collectReferencedPaths(root: string, files: readonly string[], workloads: readonly Workload[], maxBytes: number): ReferencedPath[] {
  const named = workloads.flatMap(namedPaths);
  // Nothing named (no manifest, or none names a file): no sets of the whole listing to build.
  if (named.length === 0) return [];
  const listed = new Set(files);
  const dirs = new Set<string>();
  for (const f of files) for (let i = f.indexOf('/'); i !== -1; i = f.indexOf('/', i + 1)) dirs.add(f.slice(0, i));
  const byPath = new Map<string, ReferencedPath>();
  for (const { path: rel, contract } of named) {
    if (byPath.has(rel) && !contract) continue;
    const full = path.join(root, rel);
    let stat: Stats | undefined;
    try {
      stat = lstatSync(full);
    } catch {
      stat = undefined;
    }
    const kind = pathKind(stat, listed.has(rel), dirs.has(rel), stat?.isFile() ? canOpen(full) : false);
    const found: ReferencedPath = { path: rel, kind };
    if (contract && kind === 'file') {
      const read = readWorkspaceFile(root, rel, maxBytes);
      const version = contractVersion(rel, read.ok ? read.text : undefined);
      if (version) found.version = version;
    }
    byPath.set(rel, found);
  }
  return [...byPath.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
