// MaxMind secret rules (saas family). Samples: __tests__/scanners/secrets/rules/maxmind.samples.ts.
import { defineRule, WORD_CHARS, type SecretRule } from '../rule.js';

export const MAXMIND_RULES: SecretRule[] = [
  defineRule({
    // One-off: the documented part (`_mmk`) ends the key and its two inner runs are fixed.
    id: 'maxmind-license-key',
    family: 'saas',
    description: 'MaxMind license key',
    severity: 'medium',
    keywords: ['_mmk'],
    pattern: /([A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk)/,
    boundary: WORD_CHARS,
    minEntropy: 3.5,
  }),
];
