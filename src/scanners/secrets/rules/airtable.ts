// Airtable secret rules (saas family). Samples: __tests__/scanners/secrets/rules/airtable.samples.ts.
import { WORD_CHARS, type SecretRule } from '../rule.js';
import { prefixedToken } from './build.js';

export const AIRTABLE_RULES: SecretRule[] = [
  // `pat`, 14 alphanumerics, `.` and 64 hex: `pat` is too common to look for, Airtable must be named.
  prefixedToken('airtable-pat', 'Airtable personal access token', 'high', { family: 'saas', prefix: 'pat', keywords: ['airtable'], body: '[A-Za-z0-9]{14}\\.[a-f0-9]{64}', boundary: WORD_CHARS, minEntropy: 3.5 }),
];
