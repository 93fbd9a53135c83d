// OpenRouter API secret rules (ai family). Samples: __tests__/scanners/secrets/rules/openrouter.samples.ts.
import { defineRule, WORD_CHARS, type SecretRule } from '../rule.js';

export const OPENROUTER_RULES: SecretRule[] = [
  defineRule({
    id: 'openrouter-api-key',
    family: 'ai',
    description: 'OpenRouter API key',
    severity: 'high',
    keywords: ['sk-or-v1-'],
    pattern: /(sk-or-v1-[a-f0-9]{64})/,
    boundary: WORD_CHARS,
    minEntropy: 3,
  }),
];
