// A preview that identifies a secret to its owner without disclosing it.
import { DEFAULT_FINGERPRINT_KEY, keyedHash } from '../fingerprint.js';

/**
 * At most four leading characters and at most a quarter of the length, then the length and the
 * first eight hex digits of a keyed hash: `sk-dev-token` becomes `sk-…[12 chars, #1a2b3c4d]`.
 */
export function redact(secret: string, key: string = DEFAULT_FINGERPRINT_KEY): string {
  const chars = Array.from(secret);
  const shown = Math.min(4, Math.floor(chars.length / 4));
  const preview = chars
    .slice(0, shown)
    .join('')
    .replace(/[\u0000-\u001f\u007f]/g, '?');
  return `${preview}\u2026[${chars.length} chars, #${keyedHash(secret, key).slice(0, 8)}]`;
}
