// Prefect secret rules (ci-cd family). Samples: __tests__/scanners/secrets/rules/prefect.samples.ts.
import { defineRule, WORD_CHARS, type SecretRule } from '../rule.js';
import { prefixedToken, run } from './build.js';

export const PREFECT_RULES: SecretRule[] = [
  prefixedToken('prefect-api-key', 'Prefect API key', 'high', { family: 'ci-cd', prefix: 'pnu_', body: run('A-Za-z0-9', 36), boundary: WORD_CHARS, minEntropy: 3.5 }),
];
