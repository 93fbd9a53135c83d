// Safe reading: no symlinks, no escapes, no binaries, nothing over the size cap.
// Every skip has a counted reason so the report can say what was not scanned.
// UTF-16 and UTF-32 text (with or without a BOM) is decoded; a stray NUL does not make text binary.
import { isAscii, isUtf8 } from 'node:buffer';
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import path from 'node:path';
import { decodeWide, sniffEncoding } from './text-encoding.js';
import { enterPhase, leavePhase } from '../util/phase-times.js';

export type SkipReason = 'symlink' | 'not-a-file' | 'too-large' | 'binary' | 'unreadable' | 'missing' | 'lockfile' | 'generated';

/** A file the secret scan could not read whole: named, so nothing hides from the scan quietly. */
export interface UnscannedFile {
  path: string;
  reason: 'unreadable' | 'binary' | 'too-large';
  /** Its name or first bytes say text: at production tier this blocks unless the policy relaxes it. */
  textLike: boolean;
}

/**
 * `byteString`: the text holds the file's bytes one per character (latin1), not decoded UTF-8.
 * Only asked-for files that are not pure ASCII come back this way (for ASCII the two are the same).
 */
export type ReadResult = { ok: true; text: string; bytes: number; byteString: boolean; fileBytes?: Uint8Array } | { ok: false; reason: SkipReason };

/** `bytes`: the caller accepts a byte string for non-ASCII files (see ReadResult). */
export interface ReadOptions {
  bytes?: boolean;
}

// One read buffer per thread, grown on demand: reading a big tree then allocates nothing per
// file but the decoded string, which keeps peak memory flat.
let scratch = Buffer.allocUnsafe(64 * 1024);

export function readWorkspaceFile(root: string, relPath: string, maxBytes: number, options: ReadOptions = {}): ReadResult {
  const outer = enterPhase('read');
  try {
    return readFile(root, relPath, maxBytes, options);
  } finally {
    leavePhase(outer);
  }
}

function readFile(root: string, relPath: string, maxBytes: number, options: ReadOptions): ReadResult {
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
      read = readRest(fd, scratch, read, size);
    }
    const data = scratch.subarray(0, read);
    enterPhase('decode');
    const sniffed = sniffEncoding(data);
    if (sniffed.kind === 'binary') return { ok: false, reason: 'binary' };
    if (sniffed.encoding !== 'utf8') return { ok: true, text: decodeWide(data.subarray(sniffed.bom), sniffed.encoding), bytes: read, byteString: false };
    // Decoding UTF-8 costs about four times a latin1 copy, and most of a big tree's bytes sit in
    // files with a few non-ASCII characters; the secret scanner can work on their bytes instead.
    // `fileBytes`: the bytes, when they are the text's own (ASCII, a byte string, or valid UTF-8 that
    // decodes without replacement characters). A view of the scratch buffer, valid until the next read.
    if (isAscii(data)) return { ok: true, text: data.toString('latin1'), bytes: read, byteString: false, fileBytes: data };
    if (options.bytes) return { ok: true, text: data.toString('latin1'), bytes: read, byteString: true, fileBytes: data };
    return { ok: true, text: data.toString('utf8'), bytes: read, byteString: false, ...(isUtf8(data) ? { fileBytes: data } : {}) };
  } catch (error) {
    return { ok: false, reason: reasonFor(error) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Reads from `from` up to `size` bytes into `into`; a file that shrank stops early. Returns the bytes now held. */
function readRest(fd: number, into: Buffer, from: number, size: number): number {
  let read = from;
  while (read < size) {
    const n = readSync(fd, into, read, size - read, read);
    if (n === 0) break;
    read += n;
  }
  return read;
}

/** Why a file could not be opened or read, from the system error. */
function reasonFor(error: unknown): SkipReason {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ELOOP') return 'symlink';
  // A directory (a git submodule's path), a FIFO (no positioned reads) or nothing to read yet.
  if (code === 'EISDIR' || code === 'ESPIPE' || code === 'EAGAIN') return 'not-a-file';
  return code === 'ENOENT' ? 'missing' : 'unreadable';
}

/** Binary by content: not text in any encoding we decode (see sniffEncoding). */
export function looksBinary(data: Uint8Array): boolean {
  return sniffEncoding(data).kind === 'binary';
}

export type LargeReadResult = { ok: true; utf8: Buffer; bytes: number } | { ok: false; reason: SkipReason; text?: boolean };

/**
 * A file over the scan's size cap, read whole (up to `hardCap`) into an off-heap buffer and
 * transcoded to UTF-8, for a scan in bounded chunks. `text` on a refusal says whether the
 * bytes read looked like text, so the report can say what kind of file was left unscanned.
 */
export function readLargeWorkspaceFile(root: string, relPath: string, hardCap: number): LargeReadResult {
  let fd: number | undefined;
  try {
    fd = openSync(path.join(root, relPath), constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { ok: false, reason: 'not-a-file' };
    // Over the hard cap only a head is read, to say whether it was text.
    const size = stat.size > hardCap ? Math.min(stat.size, 64 * 1024) : stat.size;
    const data = Buffer.allocUnsafe(size);
    const read = readRest(fd, data, 0, size);
    const bytes = data.subarray(0, read);
    const sniffed = sniffEncoding(bytes);
    if (stat.size > hardCap) return { ok: false, reason: 'too-large', text: sniffed.kind === 'text' };
    if (sniffed.kind === 'binary') return { ok: false, reason: 'binary', text: false };
    if (sniffed.encoding === 'utf8') return { ok: true, utf8: bytes, bytes: read };
    return { ok: true, utf8: Buffer.from(decodeWide(bytes.subarray(sniffed.bom), sniffed.encoding), 'utf8'), bytes: read };
  } catch (error) {
    return { ok: false, reason: reasonFor(error) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
