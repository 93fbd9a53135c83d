// Groq API secret rules (ai family). Samples: __tests__/scanners/secrets/rules/groq.samples.ts.
import { defineRule, WORD_CHARS, type SecretRule } from '../rule.js';

export const GROQ_RULES: SecretRule[] = [
  defineRule({
    id: 'groq-api-key',
    family: 'ai',
    description: 'Groq API key',
    severity: 'high',
    keywords: ['gsk_'],
    pattern: /(gsk_[A-Za-z0-9]{52})/,
    boundary: WORD_CHARS,
    minEntropy: 4,
  }),
];
