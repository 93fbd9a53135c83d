// Groq secret rules (ai family). Samples: __tests__/scanners/secrets/rules/groq.samples.ts.
import { defineRule, WORD_CHARS, type SecretRule } from '../rule.js';
import { prefixedToken, run } from './build.js';

export const GROQ_RULES: SecretRule[] = [
  prefixedToken('groq-api-key', 'Groq API key', 'high', { family: 'ai', prefix: 'gsk_', body: run('A-Za-z0-9', 52), boundary: WORD_CHARS, minEntropy: 4 }),
];
