// Square secret rules (payments family). Samples: __tests__/scanners/secrets/rules/square.samples.ts.
import { defineRule, TOKEN_CHARS, type SecretRule } from '../rule.js';
import { prefixedToken, run } from './build.js';

export const SQUARE_RULES: SecretRule[] = [
  defineRule({
    id: 'square-access-token',
    family: 'payments',
    description: 'Square access token',
    severity: 'critical',
    keywords: ['sq0atp-', 'eaaa'],
    anchored: true,
    pattern: /((?:EAAA|sq0atp-)[A-Za-z0-9_-]{22,60})/,
    boundary: TOKEN_CHARS,
    minEntropy: 3.5,
  }),
  prefixedToken('square-oauth-secret', 'Square OAuth application secret', 'critical', { family: 'payments', prefix: 'sq0csp-', body: run('A-Za-z0-9_-', 43), minEntropy: 3.5 }),
];
