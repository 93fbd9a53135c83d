// Algolia secret rules (saas family). Samples: __tests__/scanners/secrets/rules/algolia.samples.ts.
import { assignmentPattern, defineRule, WORD_CHARS, type SecretRule } from '../rule.js';

export const ALGOLIA_RULES: SecretRule[] = [
  defineRule({
    id: 'algolia-admin-key',
    family: 'saas',
    description: 'Algolia admin API key',
    severity: 'high',
    keywords: ['algolia'],
    pattern: assignmentPattern('algolia[\\w.-]{0,20}(?:admin|write|api)[_.-]?key', '[a-f0-9]{32}'),
    boundary: WORD_CHARS,
    minEntropy: 3,
  }),
];
