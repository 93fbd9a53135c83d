// Airtable secret rules (saas family). Samples: __tests__/scanners/secrets/rules/airtable.samples.ts.
import { defineRule, WORD_CHARS, type SecretRule } from '../rule.js';

export const AIRTABLE_RULES: SecretRule[] = [
  defineRule({
    id: 'airtable-pat',
    family: 'saas',
    description: 'Airtable personal access token',
    severity: 'high',
    keywords: ['airtable'],
    pattern: /(pat[A-Za-z0-9]{14}\.[a-f0-9]{64})/,
    boundary: WORD_CHARS,
    minEntropy: 3.5,
  }),
];
