// Perplexity secret rules (ai family). Samples: __tests__/scanners/secrets/rules/perplexity.samples.ts.
import { defineRule, WORD_CHARS, type SecretRule } from '../rule.js';
import { prefixedToken, run } from './build.js';

export const PERPLEXITY_RULES: SecretRule[] = [
  prefixedToken('perplexity-api-key', 'Perplexity API key', 'high', { family: 'ai', prefix: 'pplx-', body: run('A-Za-z0-9', 48), boundary: WORD_CHARS, minEntropy: 4 }),
];
