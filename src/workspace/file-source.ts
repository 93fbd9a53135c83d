// Where configuration files are read from: the workspace (the checkout) or, for a pull
// request, the base commit's git objects (src/engine/base-source.ts). Both read the same way:
// a regular file inside the repository, no symlink, a byte cap, never blocking.
import path from 'node:path';
import { resolveInside } from './paths.js';
import { readWorkspaceFile, type SkipReason } from './read-file.js';

export type SourceRead = { ok: true; text: string } | { ok: false; reason: SkipReason | 'outside' };

export interface FileSource {
  /** Says where the files come from, for messages: `the workspace`, `base commit 1a2b3c4`. */
  label: string;
  read(relPath: string, maxBytes: number): SourceRead;
}

export function workspaceSource(root: string): FileSource {
  return {
    label: 'the workspace',
    read(relPath, maxBytes) {
      const inside = resolveInside(root, '', relPath);
      if (!inside.ok) return { ok: false, reason: 'outside' };
      const read = readWorkspaceFile(root, inside.path, maxBytes);
      return read.ok ? { ok: true, text: read.text } : read;
    },
  };
}

/** A file the operator named outside the repository (a flag, not the PR): read safely, as is. */
export function readOutsideFile(fullPath: string, maxBytes: number): SourceRead {
  const read = readWorkspaceFile(path.dirname(fullPath), path.basename(fullPath), maxBytes);
  return read.ok ? { ok: true, text: read.text } : read;
}

/** A refusal in words, for a configuration error. */
export function describeRefusal(reason: SkipReason | 'outside', maxBytes: number): string {
  switch (reason) {
    case 'missing':
      return 'not found';
    case 'outside':
      return 'a path that leaves the repository (directly or through a symlink)';
    case 'symlink':
      return 'a symlink; name the file itself';
    case 'not-a-file':
      return 'not a regular file';
    case 'too-large':
      return `over the ${maxBytes}-byte limit`;
    case 'binary':
      return 'not text';
    default:
      return 'unreadable';
  }
}
