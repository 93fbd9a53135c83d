// Codacy secret rules (saas family). Samples: __tests__/scanners/secrets/rules/codacy.samples.ts.
import type { SecretRule } from '../rule.js';
import { keywordAssigned, run } from './build.js';

export const CODACY_RULES: SecretRule[] = [
  // Account API tokens (20 alphanumerics) and project API tokens (32 hex).
  keywordAssigned('codacy-api-token', 'Codacy API token', 'high', { family: 'saas', keywords: ['codacy'], form: 'credential', value: `${run('a-f0-9', 32)}|${run('A-Za-z0-9', 20)}`, anchored: true }),
];
