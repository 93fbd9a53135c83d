// Deterministic fake credentials for rule examples, tests and the self-measurement corpus.
// Tokens are assembled at run time from a prefix and pseudo-random characters, so the repository
// never contains a literal string of any provider's token shape (push protection stays quiet).
import * as zlib from 'node:zlib';

export const DIGITS = '0123456789';
export const HEX = '0123456789abcdef';
export const HEX_UPPER = '0123456789ABCDEF';
export const LOWER = 'abcdefghijklmnopqrstuvwxyz';
export const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const ALPHA = UPPER + LOWER;
/** Base62 in GitHub's checksum order: digits, upper case, lower case. */
export const ALNUM = DIGITS + UPPER + LOWER;
export const LOWER_ALNUM = DIGITS + LOWER;
export const UPPER_ALNUM = DIGITS + UPPER;
export const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
export const BASE32_LOWER = BASE32.toLowerCase();
export const B64 = ALNUM + '+/';
export const B64URL = ALNUM + '-_';

const AVOID = /xxx|example|sample|dummy|fake|placeholder|your|test|here|\.\.\.|\*\*\*|changeme/i;

function seedOf(seed: string): number {
  // FNV-1a, never zero (xorshift needs a non-zero state).
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    h ^= seed.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h || 0x9e3779b9;
}

/** `length` characters drawn from `alphabet`, the same for the same seed on every run. */
export function fake(alphabet: string, length: number, seed: string): string {
  for (let attempt = 0; ; attempt++) {
    let state = seedOf(`${seed}#${attempt}`);
    let out = '';
    for (let i = 0; i < length; i++) {
      state ^= state << 13;
      state >>>= 0;
      state ^= state >>> 17;
      state ^= state << 5;
      state >>>= 0;
      out += alphabet[state % alphabet.length];
    }
    // Keep generated values clear of the words the placeholder filter treats as "not a real secret".
    if (!AVOID.test(out) || attempt > 50) return out;
  }
}

export function fakeUuid(seed: string): string {
  const h = fake(HEX, 32, seed);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const CRC_TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

// zlib.crc32 (Node 20.15+) is native; the table version stays for older runtimes. Token bodies
// are ASCII, where zlib's UTF-8 bytes and charCodeAt agree.
const nativeCrc32 = (zlib as { crc32?: (data: string) => number }).crc32;

export function crc32(text: string): number {
  return nativeCrc32 ? nativeCrc32(text) : tableCrc32(text);
}

export function tableCrc32(text: string): number {
  let crc = -1;
  for (let i = 0; i < text.length; i++) {
    crc = (crc >>> 8) ^ (CRC_TABLE[(crc ^ text.charCodeAt(i)) & 0xff] as number);
  }
  return (crc ^ -1) >>> 0;
}

/** Base62 (digits, upper, lower) left-padded with '0' to `width`. */
export function base62(value: number, width: number): string {
  let out = '';
  let n = value;
  while (n > 0) {
    out = ALNUM[n % 62] + out;
    n = Math.floor(n / 62);
  }
  return out.padStart(width, '0');
}

/**
 * GitHub (and npm) token checksum: the last six characters are the base62 CRC32 of the thirty
 * random characters between the four-character prefix and the checksum.
 */
export function hasValidCrc32Suffix(token: string): boolean {
  if (token.length !== 40) return false;
  const body = token.slice(4, 34);
  return base62(crc32(body), 6) === token.slice(34);
}

/** A GitHub-style token (`ghp_`, `gho_`, `npm_`...) with a valid CRC32 checksum. */
export function checksummedToken(prefix: string, seed: string): string {
  const body = fake(ALNUM, 30, seed);
  return prefix + body + base62(crc32(body), 6);
}

export function base64url(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url');
}

/** A syntactically valid JWT (HS256 header, given claims, random signature). */
export function fakeJwt(seed: string, claims: Record<string, unknown> = { sub: '1234567890', iat: 1700000000 }): string {
  const header = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const payload = base64url(JSON.stringify({ ...claims, jti: fake(LOWER_ALNUM, 12, seed) }));
  return `${header}.${payload}.${fake(B64URL, 43, seed + 'sig')}`;
}

/** Base64 body of a fake PEM block, wrapped at 64 columns. */
export function fakePemBody(seed: string, bytes = 1190, prefix = 'MII'): string {
  const b64 = prefix + fake(B64, Math.ceil((bytes * 4) / 3) - prefix.length, seed);
  const lines: string[] = [];
  for (let i = 0; i < b64.length; i += 64) lines.push(b64.slice(i, i + 64));
  return lines.join('\n');
}

/** A complete fake PEM private key block of the given type (`RSA `, `EC `, `` for PKCS#8...). */
export function fakePrivateKey(type: string, seed: string, bytes = 1190): string {
  const label = `${type}PRIVATE KEY`;
  return `-----BEGIN ${label}-----\n${fakePemBody(seed, bytes)}\n-----END ${label}-----`;
}
