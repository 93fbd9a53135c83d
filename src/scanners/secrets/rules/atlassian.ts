// Atlassian secret rules (saas family). Samples: __tests__/scanners/secrets/rules/atlassian.samples.ts.
import { assignmentPattern, defineRule, WORD_CHARS, type SecretRule } from '../rule.js';
import { prefixedToken, run } from './build.js';

export const ATLASSIAN_RULES: SecretRule[] = [
  prefixedToken('atlassian-api-token', 'Atlassian API token', 'high', { family: 'saas', prefix: 'ATATT3', body: run('A-Za-z0-9_=-', 186), minEntropy: 4 }),
  defineRule({
    id: 'atlassian-legacy-api-token',
    family: 'saas',
    description: 'Atlassian (Jira / Confluence) API token',
    severity: 'high',
    keywords: ['jira', 'confluence', 'atlassian'],
    pattern: assignmentPattern('(?:jira|confluence|atlassian)[\\w.-]{0,20}(?:token|password|key)', '[A-Za-z0-9]{24}'),
    boundary: WORD_CHARS,
    minEntropy: 3.5,
  }),
];
