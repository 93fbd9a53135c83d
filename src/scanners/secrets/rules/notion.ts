// notion secret rules (saas family). Samples: __tests__/scanners/secrets/rules/notion.samples.ts.
import { defineRule, WORD_CHARS, type SecretRule } from '../rule.js';
import { prefixedToken } from './build.js';

export const NOTION_RULES: SecretRule[] = [
  prefixedToken('notion-api-token', 'Notion integration token', 'high', { family: 'saas', prefix: 'ntn_', body: '[0-9]{11}[A-Za-z0-9]{35}', minEntropy: 3.5 }),
  defineRule({
    id: 'notion-legacy-token',
    family: 'saas',
    description: 'Notion integration token',
    severity: 'high',
    keywords: ['secret_'],
    anchored: true,
    pattern: /(secret_[A-Za-z0-9]{43})/,
    boundary: WORD_CHARS,
    minEntropy: 4,
  }),
];
