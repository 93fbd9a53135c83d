// A preview that identifies a secret to its owner without disclosing it: the provider's
// documented prefix (public, the same for every token of that kind) and nothing of the body;
// the exact length only for long secrets (a short password's length narrows a guess); and a
// hash only when the user supplied a fingerprint key (an unkeyed hash would confirm a guess).
import { DEFAULT_FINGERPRINT_KEY, keyedHash } from '../fingerprint.js';

/** Documented token prefixes, longest first where one extends another. */
const PREFIXES = [
  'github_pat_', 'ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_',
  'glpat-', 'gldt-', 'glrt-', 'glptt-', 'glsa_', 'GR1348941',
  'xoxb-', 'xoxp-', 'xoxa-', 'xoxr-', 'xoxs-', 'xoxe-', 'xapp-',
  'sk_live_', 'sk_test_', 'rk_live_', 'rk_test_', 'pk_live_', 'pk_test_', 'whsec_',
  'sk-proj-', 'sk-ant-', 'sk-',
  'AKIA', 'ASIA', 'AGPA', 'AIDA', 'AROA', 'ABIA', 'ACCA',
  'AIza', 'ya29.', 'SG.', 'npm_', 'pypi-', 'hf_', 'dop_v1_', 'doo_v1_', 'dor_v1_', 'dckr_pat_',
  'shpat_', 'shpss_', 'shpca_', 'shppa_', 'sq0atp-', 'sq0csp-', 'xkeysib-', 'lin_api_', 'hvs.', 'hvb.',
  'ntn_', 'secret_', 'dapi', 'ATATT', 'figd_', 'sntrys_', 'pscale_tkn_', 'pul-', 'rdme_', 'eyJ', 'MII',
];
const PEM_HEADER = /^-----BEGIN [A-Z0-9 ]{1,40}-----/;

/** The public part a preview may show: a documented prefix, if the secret starts with one. */
export function documentedPrefix(secret: string): string {
  const pem = PEM_HEADER.exec(secret);
  if (pem) return pem[0];
  const scheme = /^[a-z][a-z0-9+.-]{1,20}:\/\//i.exec(secret);
  if (scheme) return scheme[0];
  // A prefix is shown only when a body follows it: `sk-` alone is not a preview of anything.
  return PREFIXES.find((p) => secret.startsWith(p) && secret.length >= p.length + 8) ?? '';
}

/** Exact only from 32 characters up; shorter secrets get a range. */
export function lengthLabel(length: number): string {
  if (length < 16) return 'under 16 chars';
  if (length < 32) return '16-31 chars';
  return `${length} chars`;
}

/**
 * `ghp_` + 36 characters becomes `ghp_…[40 chars]`; a 12-character password `…[under 16 chars]`.
 * With a user-supplied key the first eight hex digits of a keyed hash are added, so the owner
 * can tell two findings apart: `…[under 16 chars, #1a2b3c4d]`.
 */
export function redact(secret: string, key?: string): string {
  const length = Array.from(secret).length;
  const prefix = documentedPrefix(secret).replace(/[\u0000-\u001f\u007f]/g, '?');
  const hash = key !== undefined && key !== DEFAULT_FINGERPRINT_KEY ? `, #${keyedHash(secret, key).slice(0, 8)}` : '';
  return `${prefix}\u2026[${lengthLabel(length)}${hash}]`;
}
