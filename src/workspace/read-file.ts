// Safe reading: no symlinks, no escapes, no binaries, nothing over the size cap.
// Every skip has a counted reason so the report can say what was not scanned.
import { closeSync, fstatSync, lstatSync, openSync, readSync } from 'node:fs';
import path from 'node:path';

export type SkipReason = 'symlink' | 'not-a-file' | 'too-large' | 'binary' | 'unreadable' | 'missing' | 'lockfile' | 'generated';

export type ReadResult = { ok: true; text: string; bytes: number } | { ok: false; reason: SkipReason };

export function readWorkspaceFile(root: string, relPath: string, maxBytes: number): ReadResult {
  const full = path.join(root, relPath);
  let fd: number | undefined;
  try {
    const link = lstatSync(full);
    if (link.isSymbolicLink()) return { ok: false, reason: 'symlink' };
    if (!link.isFile()) return { ok: false, reason: 'not-a-file' };
    if (link.size > maxBytes) return { ok: false, reason: 'too-large' };
    fd = openSync(full, 'r');
    const size = fstatSync(fd).size;
    if (size > maxBytes) return { ok: false, reason: 'too-large' };
    const buffer = Buffer.allocUnsafe(size);
    let read = 0;
    while (read < size) {
      const n = readSync(fd, buffer, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    const data = buffer.subarray(0, read);
    if (looksBinary(data)) return { ok: false, reason: 'binary' };
    return { ok: true, text: data.toString('utf8'), bytes: read };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, reason: code === 'ENOENT' ? 'missing' : 'unreadable' };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** A NUL byte in the first 8 KiB is what git and most scanners take to mean binary. */
export function looksBinary(data: Uint8Array): boolean {
  const end = Math.min(data.length, 8192);
  for (let i = 0; i < end; i++) if (data[i] === 0) return true;
  return false;
}
