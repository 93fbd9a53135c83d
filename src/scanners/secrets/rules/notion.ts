// Notion secret rules (saas family). Samples: __tests__/scanners/secrets/rules/notion.samples.ts.
import { defineRule, WORD_CHARS, type SecretRule } from '../rule.js';
import { prefixedToken, run } from './build.js';

export const NOTION_RULES: SecretRule[] = [
  prefixedToken('notion-api-token', 'Notion integration token', 'high', { family: 'saas', prefix: 'ntn_', body: '[0-9]{11}[A-Za-z0-9]{35}', minEntropy: 3.5 }),
  prefixedToken('notion-legacy-token', 'Notion integration token', 'high', { family: 'saas', prefix: 'secret_', body: run('A-Za-z0-9', 43), anchored: true, boundary: WORD_CHARS, minEntropy: 4 }),
];
