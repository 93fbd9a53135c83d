// Infracost secret rules (ci-cd family). Samples: __tests__/scanners/secrets/rules/infracost.samples.ts.
import { defineRule, WORD_CHARS, type SecretRule } from '../rule.js';
import { prefixedToken, run } from './build.js';

export const INFRACOST_RULES: SecretRule[] = [
  prefixedToken('infracost-api-key', 'Infracost API key', 'medium', { family: 'ci-cd', prefix: 'ico-', body: run('A-Za-z0-9', 32), boundary: WORD_CHARS, minEntropy: 3.5 }),
];
