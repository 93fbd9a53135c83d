// LangSmith API secret rules (ai family). Samples: __tests__/scanners/secrets/rules/langsmith.samples.ts.
import { defineRule, WORD_CHARS, type SecretRule } from '../rule.js';

export const LANGSMITH_RULES: SecretRule[] = [
  defineRule({
    id: 'langsmith-api-key',
    family: 'ai',
    description: 'LangSmith API key',
    severity: 'high',
    keywords: ['lsv2_'],
    pattern: /(lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10})/,
    boundary: WORD_CHARS,
    minEntropy: 3,
  }),
];
