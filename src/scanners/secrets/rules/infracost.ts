// Infracost API secret rules (ci-cd family). Samples: __tests__/scanners/secrets/rules/infracost.samples.ts.
import { defineRule, WORD_CHARS, type SecretRule } from '../rule.js';

export const INFRACOST_RULES: SecretRule[] = [
  defineRule({
    id: 'infracost-api-key',
    family: 'ci-cd',
    description: 'Infracost API key',
    severity: 'medium',
    keywords: ['ico-'],
    pattern: /(ico-[A-Za-z0-9]{32})/,
    boundary: WORD_CHARS,
    minEntropy: 3.5,
  }),
];
