// Codacy secret rules (saas family). Samples: __tests__/scanners/secrets/rules/codacy.samples.ts.
import { credentialNamePattern, defineRule, WORD_CHARS, type SecretRule } from '../rule.js';

export const CODACY_RULES: SecretRule[] = [
  defineRule({
    // Account API tokens (20 alphanumerics) and project API tokens (32 hex).
    id: 'codacy-api-token',
    family: 'saas',
    description: 'Codacy API token',
    severity: 'high',
    keywords: ['codacy'],
    anchored: true,
    pattern: credentialNamePattern('codacy', '[a-f0-9]{32}|[A-Za-z0-9]{20}'),
    boundary: WORD_CHARS,
    minEntropy: 3,
  }),
];
