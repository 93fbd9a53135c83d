// Scalingo secret rules (ci-cd family). Samples: __tests__/scanners/secrets/rules/scalingo.samples.ts.
import { defineRule, TOKEN_CHARS, type SecretRule } from '../rule.js';
import { prefixedToken, run } from './build.js';

export const SCALINGO_RULES: SecretRule[] = [
  prefixedToken('scalingo-token', 'Scalingo API token', 'high', { family: 'ci-cd', prefix: 'tk-us-', body: run('A-Za-z0-9_-', 48), minEntropy: 3.5 }),
];
