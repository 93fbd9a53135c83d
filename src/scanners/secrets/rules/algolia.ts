// Algolia secret rules (saas family). Samples: __tests__/scanners/secrets/rules/algolia.samples.ts.
import type { SecretRule } from '../rule.js';
import { keywordAssigned, run } from './build.js';

export const ALGOLIA_RULES: SecretRule[] = [
  keywordAssigned('algolia-admin-key', 'Algolia admin API key', 'high', { family: 'saas', keywords: ['algolia'], credential: '(?:admin|write|api)[_.-]?key', value: run('a-f0-9', 32) }),
];
