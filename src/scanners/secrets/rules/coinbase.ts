// Coinbase secret rules (payments family). Samples: __tests__/scanners/secrets/rules/coinbase.samples.ts.
import { assignmentPattern, defineRule, TOKEN_CHARS, type SecretRule } from '../rule.js';

export const COINBASE_RULES: SecretRule[] = [
  defineRule({
    id: 'coinbase-api-secret',
    family: 'payments',
    description: 'Coinbase API secret',
    severity: 'critical',
    keywords: ['coinbase'],
    pattern: assignmentPattern('coinbase[\\w.-]{0,20}(?:secret|key)', '[A-Za-z0-9_-]{64}'),
    boundary: TOKEN_CHARS,
    minEntropy: 4,
  }),
];
