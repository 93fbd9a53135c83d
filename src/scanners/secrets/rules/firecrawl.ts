// Firecrawl secret rules (ai family). Samples: __tests__/scanners/secrets/rules/firecrawl.samples.ts.
import { defineRule, TOKEN_CHARS, type SecretRule } from '../rule.js';
import { prefixedToken, run } from './build.js';

export const FIRECRAWL_RULES: SecretRule[] = [
  prefixedToken('firecrawl-api-key', 'Firecrawl API key', 'medium', { family: 'ai', prefix: 'fc-', body: run('a-f0-9', 32), anchored: true }),
];
