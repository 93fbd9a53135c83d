// Atlassian secret rules (saas family). Samples: __tests__/scanners/secrets/rules/atlassian.samples.ts.
import type { SecretRule } from '../rule.js';
import { keywordAssigned, prefixedToken, run } from './build.js';

export const ATLASSIAN_RULES: SecretRule[] = [
  prefixedToken('atlassian-api-token', 'Atlassian API token', 'high', { family: 'saas', prefix: 'ATATT3', body: run('A-Za-z0-9_=-', 186), minEntropy: 4 }),
  keywordAssigned('atlassian-legacy-api-token', 'Atlassian (Jira / Confluence) API token', 'high', { family: 'saas', keywords: ['jira', 'confluence', 'atlassian'], credential: ['token', 'password', 'key'], value: run('A-Za-z0-9', 24), minEntropy: 3.5 }),
];
