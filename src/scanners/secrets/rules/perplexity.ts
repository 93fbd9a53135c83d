// Perplexity API secret rules (ai family). Samples: __tests__/scanners/secrets/rules/perplexity.samples.ts.
import { defineRule, WORD_CHARS, type SecretRule } from '../rule.js';

export const PERPLEXITY_RULES: SecretRule[] = [
  defineRule({
    id: 'perplexity-api-key',
    family: 'ai',
    description: 'Perplexity API key',
    severity: 'high',
    keywords: ['pplx-'],
    pattern: /(pplx-[A-Za-z0-9]{48})/,
    boundary: WORD_CHARS,
    minEntropy: 4,
  }),
];
