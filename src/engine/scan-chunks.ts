// Text over the scan's size cap is scanned in bounded chunks instead of being skipped. Chunks
// start at line starts and overlap, so a secret that straddles a boundary is seen whole by the
// next chunk; each finding is kept by the one chunk it starts in, so none is reported twice.
// Only the secret scanner runs on chunks: format readers need the whole document.
import { scanSecrets, type SecretScanOptions } from '../scanners/secrets/index.js';
import type { FileContext, Finding } from '../scanners/types.js';

const NEWLINE = 0x0a;
/** Longer than any secret a rule matches (a 4096-bit PEM key is about 3.3 KB). */
const MAX_OVERLAP = 64 * 1024;

export interface ChunkSettings {
  chunkBytes: number;
  overlapBytes?: number;
}

export function scanInChunks(path: string, utf8: Buffer, context: FileContext, secrets: SecretScanOptions | undefined, settings: ChunkSettings): Finding[] {
  const chunkBytes = Math.max(1024, settings.chunkBytes);
  const overlap = Math.min(settings.overlapBytes ?? MAX_OVERLAP, chunkBytes >> 2);
  const findings: Finding[] = [];
  // Where the chunk starts: a byte offset, and its line and column (1-based, in characters).
  let start = 0;
  let line = 1;
  let column = 1;
  while (start < utf8.length) {
    let end = Math.min(utf8.length, start + chunkBytes);
    if (end < utf8.length) {
      // End on a line boundary when a line ends in the chunk's second half.
      const nl = utf8.lastIndexOf(NEWLINE, end - 1);
      if (nl >= start + (chunkBytes >> 1)) end = nl + 1;
      else end = charBoundary(utf8, end);
    }
    const last = end >= utf8.length;
    let next = end;
    if (!last) {
      // The next chunk starts at the start of the line that holds `end - overlap`, or right
      // there inside a very long line.
      const nl = utf8.lastIndexOf(NEWLINE, end - overlap - 1);
      next = nl >= start ? nl + 1 : charBoundary(utf8, Math.max(start + 1, end - overlap));
    }
    const nextAt = positionOf(utf8, start, next, line, column);
    const text = utf8.toString('utf8', start, end);
    for (const f of scanSecrets({ path, text, context }, secrets)) {
      const at = { line: f.line + line - 1, column: f.line === 1 ? f.column + column - 1 : f.column };
      const before = at.line < nextAt.line || (at.line === nextAt.line && at.column < nextAt.column);
      if (last || before) findings.push({ ...f, ...at });
    }
    start = next;
    line = nextAt.line;
    column = nextAt.column;
  }
  return findings;
}

/** Line and column of byte `to`, counting from byte `from` at `line`:`column`. */
function positionOf(data: Buffer, from: number, to: number, line: number, column: number): { line: number; column: number } {
  let lineStart = -1;
  for (let i = data.indexOf(NEWLINE, from); i !== -1 && i < to; i = data.indexOf(NEWLINE, i + 1)) {
    line++;
    lineStart = i + 1;
  }
  const chars = data.toString('utf8', lineStart === -1 ? from : lineStart, to).length;
  return { line, column: (lineStart === -1 ? column : 1) + chars };
}

/** Moves an offset back to the start of a UTF-8 character. */
function charBoundary(data: Buffer, offset: number): number {
  let at = offset;
  while (at > 0 && (data[at]! & 0xc0) === 0x80) at--;
  return at;
}
