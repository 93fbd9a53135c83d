// Which text encoding a file's bytes are in, and whether they are text at all. A NUL byte alone
// does not make a file binary: UTF-16 and UTF-32 text is full of them, and one stray NUL in a
// config file must not hide the rest of it from the scan.

export type TextEncoding = 'utf8' | 'utf16le' | 'utf16be' | 'utf32le' | 'utf32be';

export type Sniffed = { kind: 'text'; encoding: TextEncoding; bom: number } | { kind: 'binary' };

const SAMPLE = 8192;

/** Reads the BOM, else the pattern of NUL bytes, else the share of control bytes. */
export function sniffEncoding(data: Uint8Array): Sniffed {
  const b = data;
  if (b.length >= 4 && b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) return { kind: 'text', encoding: 'utf32le', bom: 4 };
  if (b.length >= 4 && b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) return { kind: 'text', encoding: 'utf32be', bom: 4 };
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return { kind: 'text', encoding: 'utf16le', bom: 2 };
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return { kind: 'text', encoding: 'utf16be', bom: 2 };
  const head = Buffer.from(b.buffer, b.byteOffset, Math.min(b.length, SAMPLE));
  // Buffer's indexOf is a native memchr: the common case (no NUL at all) costs one pass.
  if (head.indexOf(0) === -1) return { kind: 'text', encoding: 'utf8', bom: 0 };
  const wide = wideEncoding(head);
  if (wide) return { kind: 'text', encoding: wide, bom: 0 };
  // NUL padding in front of the text must not hide it: judge by the whole file then.
  const sample = nonNulCount(head) < 64 ? Buffer.from(b.buffer, b.byteOffset, b.length) : head;
  return looksLikeText(sample) ? { kind: 'text', encoding: 'utf8', bom: 0 } : { kind: 'binary' };
}

/** UTF-16/32 without a BOM: mostly-ASCII text puts its NULs in fixed byte lanes. */
function wideEncoding(head: Buffer): TextEncoding | undefined {
  const quads = head.length >> 2;
  if (quads >= 2) {
    const zero = [0, 0, 0, 0];
    for (let i = 0; i < quads * 4; i++) if (head[i] === 0) zero[i & 3]!++;
    if (zero[2]! === quads && zero[3]! === quads && zero[1]! >= quads * 0.6 && zero[0]! < quads * 0.1) return 'utf32le';
    if (zero[0]! === quads && zero[1]! === quads && zero[2]! >= quads * 0.6 && zero[3]! < quads * 0.1) return 'utf32be';
  }
  const pairs = head.length >> 1;
  if (pairs >= 2) {
    let even = 0;
    let odd = 0;
    for (let i = 0; i < pairs * 2; i += 2) {
      if (head[i] === 0) even++;
      if (head[i + 1] === 0) odd++;
    }
    if (odd >= pairs * 0.6 && even < pairs * 0.1) return 'utf16le';
    if (even >= pairs * 0.6 && odd < pairs * 0.1) return 'utf16be';
  }
  return undefined;
}

function nonNulCount(data: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < data.length; i++) if (data[i] !== 0) n++;
  return n;
}

/**
 * Text, ignoring NULs: control bytes other than tab, newlines, form feed and escape are rare in
 * text (under 3%) and common in compressed or machine data (about 10% of random bytes).
 */
function looksLikeText(data: Uint8Array): boolean {
  let other = 0;
  let control = 0;
  for (let i = 0; i < data.length; i++) {
    const c = data[i]!;
    if (c === 0) continue;
    other++;
    if (c < 0x09 || (c > 0x0d && c < 0x20 && c !== 0x1b) || c === 0x7f) control++;
  }
  return other > 0 && control <= other * 0.03;
}

/** Decodes UTF-16/32 bytes (after the BOM) to a string; invalid code points become U+FFFD. */
export function decodeWide(data: Uint8Array, encoding: Exclude<TextEncoding, 'utf8'>): string {
  if (encoding === 'utf16le' || encoding === 'utf16be') {
    const even = Buffer.from(data.subarray(0, data.length & ~1));
    if (encoding === 'utf16be') even.swap16();
    return even.toString('utf16le');
  }
  const little = encoding === 'utf32le';
  const parts: string[] = [];
  let points: number[] = [];
  for (let i = 0; i + 4 <= data.length; i += 4) {
    const cp = little
      ? data[i]! | (data[i + 1]! << 8) | (data[i + 2]! << 16) | (data[i + 3]! * 0x1000000)
      : data[i + 3]! | (data[i + 2]! << 8) | (data[i + 1]! << 16) | (data[i]! * 0x1000000);
    points.push(cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) ? 0xfffd : cp);
    if (points.length === 4096) {
      parts.push(String.fromCodePoint(...points));
      points = [];
    }
  }
  if (points.length) parts.push(String.fromCodePoint(...points));
  return parts.join('');
}
