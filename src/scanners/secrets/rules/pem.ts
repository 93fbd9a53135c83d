// PEM-style blocks: the pattern finds the BEGIN line, code finds the END line.
import { isPlaceholderOrReference } from '../placeholders.js';
import type { ExtractContext, ExtractedSecret } from '../rule.js';

/** Enough base64 key material once headers (Proc-Type, DEK-Info, Version, Comment) are removed. */
export function hasKeyMaterial(body: string): boolean {
  // 40 characters is 30 bytes: shorter bodies are truncated doc examples (`MIIEowIBAAKCAQEA...`).
  return material(body).length >= 40;
}

/** The base64 key material of a PEM body: header lines (Proc-Type, DEK-Info, Version) and breaks removed. */
function material(body: string): string {
  return body
    .replace(/\\[nr]/g, '\n')
    .split(/\r?\n/)
    .filter((line) => !/^[A-Za-z-]+:/.test(line.trim()))
    .join('')
    .replace(/[^A-Za-z0-9+/]/g, '');
}

/**
 * A made-up body: base64 of readable text (`VGhpcyBpcyBub3QgYSByZWFsIGtleQ`), or so repetitive that no
 * key generator wrote it (`MIIEAAAAAAAAAAAA...`, a pasted pattern). Real key bytes are random.
 */
export function isPlaceholderKeyBody(body: string): boolean {
  const b64 = material(body);
  if (b64.length < 40) return false;
  const bytes = Buffer.from(b64, 'base64');
  let printable = 0;
  for (const b of bytes) if ((b >= 0x20 && b < 0x7f) || b === 0x0a || b === 0x0d || b === 0x09) printable++;
  if (printable / bytes.length > 0.9) return true;
  const counts = new Map<string, number>();
  for (const c of b64) counts.set(c, (counts.get(c) ?? 0) + 1);
  let entropy = 0;
  for (const n of counts.values()) entropy -= (n / b64.length) * Math.log2(n / b64.length);
  // Random base64 carries close to 6 bits a character; a long body under 4 is a pattern.
  return b64.length >= 64 && entropy < 4;
}

/** Length of the DER element at `at` (tag, length, content), or -1 when it is not well formed. */
function derElement(der: Buffer, at: number): { tag: number; start: number; end: number } | undefined {
  if (at + 2 > der.length) return undefined;
  const tag = der[at] as number;
  const l1 = der[at + 1] as number;
  let len = l1;
  let start = at + 2;
  if (l1 & 0x80) {
    const n = l1 & 0x7f;
    if (n === 0 || n > 3 || at + 2 + n > der.length) return undefined;
    len = 0;
    for (let i = 0; i < n; i++) len = len * 256 + (der[at + 2 + i] as number);
    start += n;
  }
  return { tag, start, end: start + len };
}

/**
 * The body is a well-formed key: DER whose outer SEQUENCE spans the bytes and opens with INTEGER
 * version 0 or 1 followed by key material (PKCS#1 RSA, SEC1 EC, DSA, PKCS#8), or an OpenSSH key
 * (`openssh-key-v1`). Doc examples cut short or typed by hand fail this; generated keys pass.
 */
export function isWellFormedKeyBody(body: string): boolean {
  const b64 = material(body);
  if (b64.length < 40) return false;
  const bytes = Buffer.from(b64, 'base64');
  if (bytes.subarray(0, 15).toString('latin1') === 'openssh-key-v1\u0000') return bytes.length >= 100;
  const outer = derElement(bytes, 0);
  if (!outer || outer.tag !== 0x30 || outer.end > bytes.length + 2 || outer.end < bytes.length - 8) return false;
  const version = derElement(bytes, outer.start);
  if (!version || version.tag !== 0x02 || version.end - version.start !== 1) return false;
  const v = bytes[version.start] as number;
  if (v !== 0 && v !== 1) return false;
  const next = derElement(bytes, version.end);
  if (!next || next.end > bytes.length + 2) return false;
  const size = next.end - next.start;
  // RSA/DSA: an INTEGER (the modulus or p); EC: an OCTET STRING (the key); PKCS#8: the algorithm
  // SEQUENCE, then the key as an OCTET STRING.
  if (next.tag === 0x02) return size >= 64;
  if (next.tag === 0x04) return size >= 16;
  if (next.tag !== 0x30) return false;
  const key = derElement(bytes, next.end);
  return key !== undefined && key.tag === 0x04 && key.end - key.start >= 32 && key.end <= bytes.length + 2;
}

const MAX_BODY = 20000;

/**
 * Where the block ends: its END marker, else any `-----END` line (a mistyped or mislabelled end
 * still closes a leaked key), at most MAX_BODY characters on. Found with `indexOf`, so the search
 * is linear however many blocks a file has.
 */
function blockEnd(text: string, bodyStart: number, endMarker: string): { end: number; after: number } | undefined {
  const end = text.indexOf(endMarker, bodyStart);
  if (end !== -1 && end - bodyStart <= MAX_BODY) return { end, after: end + endMarker.length };
  const loose = text.indexOf(endMarker.slice(0, endMarker.indexOf('END') + 3), bodyStart);
  if (loose === -1 || loose - bodyStart > MAX_BODY) return undefined;
  return { end: loose, after: loose + endMarker.indexOf('END') + 3 };
}

/** The body of a PEM-style block: the pattern finds the BEGIN line, code finds the END line. */
export function blockBody(begin: RegExpExecArray, ctx: ExtractContext, endMarker: string): ExtractedSecret | undefined {
  const bodyStart = begin.index + (begin[0] as string).length;
  const bounds = blockEnd(ctx.text, bodyStart, endMarker);
  if (!bounds) return undefined;
  const { end, after } = bounds;
  const raw = ctx.text.slice(bodyStart, end);
  const lead = (/^(?:\s|\\[nr])*/.exec(raw) as RegExpExecArray)[0].length;
  const body = raw.slice(lead).replace(/(?:\s|\\[nr])+$/, '');
  // Generated key bytes spell words (`test`, `here`) now and then: a body that parses as a key is never a placeholder.
  if (!hasKeyMaterial(body) || ((isPlaceholderOrReference(body) || isPlaceholderKeyBody(body)) && !isWellFormedKeyBody(body))) return undefined;
  ctx.skipTo(after);
  return { secret: body, start: bodyStart + lead };
}

