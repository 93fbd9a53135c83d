// Scalingo API secret rules (ci-cd family). Samples: __tests__/scanners/secrets/rules/scalingo.samples.ts.
import { defineRule, TOKEN_CHARS, type SecretRule } from '../rule.js';

export const SCALINGO_RULES: SecretRule[] = [
  defineRule({
    id: 'scalingo-token',
    family: 'ci-cd',
    description: 'Scalingo API token',
    severity: 'high',
    keywords: ['tk-us-'],
    pattern: /(tk-us-[A-Za-z0-9_-]{48})/,
    boundary: TOKEN_CHARS,
    minEntropy: 3.5,
  }),
];
