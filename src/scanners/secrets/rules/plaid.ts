// Plaid secret rules (payments family). Samples: __tests__/scanners/secrets/rules/plaid.samples.ts.
import { assignmentPattern, defineRule, TOKEN_CHARS, WORD_CHARS, type SecretRule } from '../rule.js';

export const PLAID_RULES: SecretRule[] = [
  defineRule({
    id: 'plaid-access-token',
    family: 'payments',
    description: 'Plaid access token',
    severity: 'high',
    keywords: ['access-production-', 'access-development-', 'access-sandbox-'],
    pattern: /(access-(?:sandbox|development|production)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/,
    boundary: TOKEN_CHARS,
    minEntropy: 3,
  }),
  defineRule({
    id: 'plaid-secret',
    family: 'payments',
    description: 'Plaid secret',
    severity: 'critical',
    keywords: ['plaid'],
    pattern: assignmentPattern('plaid[\\w.-]{0,20}secret', '[a-z0-9]{30}'),
    boundary: WORD_CHARS,
    minEntropy: 3.5,
  }),
];
