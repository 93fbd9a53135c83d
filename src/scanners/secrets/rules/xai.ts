// xAI secret rules (ai family). Samples: __tests__/scanners/secrets/rules/xai.samples.ts.
import { defineRule, WORD_CHARS, type SecretRule } from '../rule.js';
import { prefixedToken, run } from './build.js';

export const XAI_RULES: SecretRule[] = [
  prefixedToken('xai-api-key', 'xAI API key', 'high', { family: 'ai', prefix: 'xai-', body: run('A-Za-z0-9_', 80), boundary: WORD_CHARS, minEntropy: 4 }),
];
