// ReadMe secret rules (ci-cd family). Samples: __tests__/scanners/secrets/rules/readme.samples.ts.
import { defineRule, WORD_CHARS, type SecretRule } from '../rule.js';
import { prefixedToken, run } from './build.js';

export const README_RULES: SecretRule[] = [
  prefixedToken('readme-api-key', 'ReadMe API key', 'medium', { family: 'ci-cd', prefix: 'rdme_', body: run('a-z0-9', 70), boundary: WORD_CHARS, minEntropy: 3.5 }),
];
