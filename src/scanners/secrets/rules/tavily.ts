// Tavily API secret rules (ai family). Samples: __tests__/scanners/secrets/rules/tavily.samples.ts.
import { defineRule, WORD_CHARS, type SecretRule } from '../rule.js';

export const TAVILY_RULES: SecretRule[] = [
  defineRule({
    id: 'tavily-api-key',
    family: 'ai',
    description: 'Tavily API key',
    severity: 'medium',
    keywords: ['tvly-'],
    pattern: /(tvly-(?:dev-|prod-)?[A-Za-z0-9]{32})/,
    boundary: WORD_CHARS,
    minEntropy: 3.5,
  }),
];
