// Provider token checksums: GitHub's (and npm's) base62 CRC32 suffix.
import * as zlib from 'node:zlib';

const ALNUM = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

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
