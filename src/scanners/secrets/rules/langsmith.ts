// LangSmith secret rules (ai family). Samples: __tests__/scanners/secrets/rules/langsmith.samples.ts.
import { defineRule, WORD_CHARS, type SecretRule } from '../rule.js';
import { prefixedToken } from './build.js';

export const LANGSMITH_RULES: SecretRule[] = [
  prefixedToken('langsmith-api-key', 'LangSmith API key', 'high', { family: 'ai', prefix: 'lsv2_', body: '(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10}', boundary: WORD_CHARS }),
];
