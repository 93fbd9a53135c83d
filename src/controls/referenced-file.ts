// A path a manifest names (runbook, contract, rollback plan, change log) counts only as a
// regular, readable file that is part of the repository. The kinds come from the scan's facts.
import type { ContractVersion, PathKind } from '../scanners/types.js';
import type { ControlContext } from './types.js';
import { manifestRelative } from './types.js';

const PROBLEM: Record<PathKind, string | undefined> = {
  file: undefined,
  missing: 'does not exist in the repository',
  directory: 'is a directory, not a file',
  symlink: 'is a symlink, not a regular file',
  other: 'is not a regular file (a FIFO, socket or device)',
  unreadable: 'is not readable',
  ignored: 'is ignored (.gitignore or the policy ignore_paths), so it is not part of the repository',
};

export interface FileCheck {
  /** The workspace-relative path that was checked. */
  checked: string;
  /** Why it does not count; undefined when it is a regular, readable file. */
  problem?: string;
  version?: ContractVersion;
}

export function checkFile(ctx: ControlContext, relPath: string): FileCheck {
  const checked = manifestRelative(ctx, relPath);
  const fact = ctx.facts.paths.find((p) => p.path === checked);
  const kind = fact?.kind ?? 'missing';
  return { checked, problem: PROBLEM[kind], ...(fact?.version ? { version: fact.version } : {}) };
}

/** `runbook 'docs/rb.md' is a directory, not a file (checked svc/docs/rb.md; paths are relative to the manifest)`. */
export function fileDetail(label: string, relPath: string, check: FileCheck): string {
  return `${label} '${relPath}' ${check.problem} (checked ${check.checked}; paths are relative to the manifest)`;
}
