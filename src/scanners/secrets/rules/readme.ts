// ReadMe API secret rules (ci-cd family). Samples: __tests__/scanners/secrets/rules/readme.samples.ts.
import { defineRule, WORD_CHARS, type SecretRule } from '../rule.js';

export const README_RULES: SecretRule[] = [
  defineRule({
    id: 'readme-api-key',
    family: 'ci-cd',
    description: 'ReadMe API key',
    severity: 'medium',
    keywords: ['rdme_'],
    pattern: /(rdme_[a-z0-9]{70})/,
    boundary: WORD_CHARS,
    minEntropy: 3.5,
  }),
];
