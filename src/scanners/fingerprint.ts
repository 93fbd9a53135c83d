// Fingerprints identify a finding across commits: rule + path + keyed hash of the matched value.
// Never the line number, so a baseline survives edits above the finding.
import { createHash, createHmac } from 'node:crypto';

/**
 * The built-in key. It is public, so a fingerprint made with it lets anyone confirm a guessed
 * secret offline: such fingerprints stay in-process (src/report/redact-report.ts). A user's
 * per-repository key (READINESS_GATE_FINGERPRINT_KEY) makes them safe to publish.
 */
export const DEFAULT_FINGERPRINT_KEY = 'readiness-gate/fingerprint/v1';

/** The environment variable that holds the user's fingerprint key (a repository secret). */
export const FINGERPRINT_KEY_ENV = 'READINESS_GATE_FINGERPRINT_KEY';

/** Keyed hash of a value: safe to print, useless for recovering a short secret without the key. */
export function keyedHash(value: string, key: string = DEFAULT_FINGERPRINT_KEY): string {
  return createHmac('sha256', key).update(value, 'utf8').digest('hex');
}

export function fingerprint(
  ruleId: string,
  path: string,
  value: string,
  key: string = DEFAULT_FINGERPRINT_KEY,
): string {
  return createHash('sha256')
    .update(`${ruleId}\u0000${path}\u0000${keyedHash(value, key)}`, 'utf8')
    .digest('hex')
    .slice(0, 32);
}
