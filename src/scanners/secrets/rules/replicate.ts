// Replicate API secret rules (ai family). Samples: __tests__/scanners/secrets/rules/replicate.samples.ts.
import { defineRule, TOKEN_CHARS, type SecretRule } from '../rule.js';

export const REPLICATE_RULES: SecretRule[] = [
  defineRule({
    id: 'replicate-api-token',
    family: 'ai',
    description: 'Replicate API token',
    severity: 'high',
    keywords: ['r8_'],
    anchored: true,
    pattern: /(r8_[A-Za-z0-9_-]{37})/,
    boundary: TOKEN_CHARS,
    minEntropy: 3.5,
  }),
];
