// Safe reading: no symlinks, no escapes, no binaries, nothing over the size cap.
// Every skip has a counted reason so the report can say what was not scanned.
import { isAscii } from 'node:buffer';
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import path from 'node:path';

export type SkipReason = 'symlink' | 'not-a-file' | 'too-large' | 'binary' | 'unreadable' | 'missing' | 'lockfile' | 'generated';

/**
 * `byteString`: the text holds the file's bytes one per character (latin1), not decoded UTF-8.
 * Only asked-for files that are not pure ASCII come back this way (for ASCII the two are the same).
 */
export type ReadResult = { ok: true; text: string; bytes: number; byteString: boolean } | { ok: false; reason: SkipReason };

/** `bytes`: the caller accepts a byte string for non-ASCII files (see ReadResult). */
export interface ReadOptions {
  bytes?: boolean;
}

// One read buffer per thread, grown on demand: reading a big tree then allocates nothing per
// file but the decoded string, which keeps peak memory flat.
let scratch = Buffer.allocUnsafe(64 * 1024);

export function readWorkspaceFile(root: string, relPath: string, maxBytes: number, options: ReadOptions = {}): ReadResult {
  const full = path.join(root, relPath);
  let fd: number | undefined;
  try {
    // O_NOFOLLOW refuses a symlink in the same call that opens the file (ELOOP).
    fd = openSync(full, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    // Most files fit the scratch buffer: one read, and a short read is the whole file. Only an
    // empty read (an empty file, a FIFO, a device) or a full one (maybe more to come) asks fstat
    // for the type and size: three system calls a file instead of four.
    const first = Math.min(scratch.length, maxBytes + 1);
    let read = readSync(fd, scratch, 0, first, 0);
    if (read === 0 || read === first) {
      const stat = fstatSync(fd);
      if (!stat.isFile()) return { ok: false, reason: 'not-a-file' };
      const size = stat.size;
      if (size > maxBytes) return { ok: false, reason: 'too-large' };
      if (scratch.length < size) {
        const bigger = Buffer.allocUnsafe(Math.max(size, scratch.length * 2));
        scratch.copy(bigger, 0, 0, read);
        scratch = bigger;
      }
      while (read < size) {
        const n = readSync(fd, scratch, read, size - read, read);
        if (n === 0) break;
        read += n;
      }
    }
    const data = scratch.subarray(0, read);
    if (looksBinary(data)) return { ok: false, reason: 'binary' };
    // Decoding UTF-8 costs about four times a latin1 copy, and most of a big tree's bytes sit in
    // files with a few non-ASCII characters; the secret scanner can work on their bytes instead.
    if (isAscii(data)) return { ok: true, text: data.toString('latin1'), bytes: read, byteString: false };
    if (options.bytes) return { ok: true, text: data.toString('latin1'), bytes: read, byteString: true };
    return { ok: true, text: data.toString('utf8'), bytes: read, byteString: false };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') return { ok: false, reason: 'symlink' };
    // A directory (a git submodule's path), a FIFO (no positioned reads) or nothing to read yet.
    if (code === 'EISDIR' || code === 'ESPIPE' || code === 'EAGAIN') return { ok: false, reason: 'not-a-file' };
    return { ok: false, reason: code === 'ENOENT' ? 'missing' : 'unreadable' };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** A NUL byte in the first 8 KiB is what git and most scanners take to mean binary. */
export function looksBinary(data: Uint8Array): boolean {
  // Buffer's indexOf is a native memchr: several times faster than a loop over the bytes here.
  const head = Buffer.from(data.buffer, data.byteOffset, Math.min(data.length, 8192));
  return head.indexOf(0) !== -1;
}
