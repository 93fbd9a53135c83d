// Tavily secret rules (ai family). Samples: __tests__/scanners/secrets/rules/tavily.samples.ts.
import { defineRule, WORD_CHARS, type SecretRule } from '../rule.js';
import { prefixedToken } from './build.js';

export const TAVILY_RULES: SecretRule[] = [
  prefixedToken('tavily-api-key', 'Tavily API key', 'medium', { family: 'ai', prefix: 'tvly-', body: '(?:dev-|prod-)?[A-Za-z0-9]{32}', boundary: WORD_CHARS, minEntropy: 3.5 }),
];
