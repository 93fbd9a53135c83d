// Firecrawl API secret rules (ai family). Samples: __tests__/scanners/secrets/rules/firecrawl.samples.ts.
import { defineRule, TOKEN_CHARS, type SecretRule } from '../rule.js';

export const FIRECRAWL_RULES: SecretRule[] = [
  defineRule({
    id: 'firecrawl-api-key',
    family: 'ai',
    description: 'Firecrawl API key',
    severity: 'medium',
    keywords: ['fc-'],
    anchored: true,
    pattern: /(fc-[a-f0-9]{32})/,
    boundary: TOKEN_CHARS,
    minEntropy: 3,
  }),
];
