// Deterministic fake credentials for rule samples, tests and the self-measurement corpus (test-only:
// nothing under src/ imports it, so none of it ships in dist/).
// Tokens are assembled at run time from a prefix and pseudo-random characters, so the repository
// never contains a literal string of any provider's token shape (push protection stays quiet).
import { base62, crc32 } from '../../../src/scanners/secrets/checksum.js';

export { base62, crc32, hasValidCrc32Suffix, tableCrc32 } from '../../../src/scanners/secrets/checksum.js';

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
