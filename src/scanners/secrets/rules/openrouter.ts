// OpenRouter secret rules (ai family). Samples: __tests__/scanners/secrets/rules/openrouter.samples.ts.
import { defineRule, WORD_CHARS, type SecretRule } from '../rule.js';
import { prefixedToken, run } from './build.js';

export const OPENROUTER_RULES: SecretRule[] = [
  prefixedToken('openrouter-api-key', 'OpenRouter API key', 'high', { family: 'ai', prefix: 'sk-or-v1-', body: run('a-f0-9', 64), boundary: WORD_CHARS }),
];
