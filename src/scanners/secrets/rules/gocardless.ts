// GoCardless secret rules (payments family). Samples: __tests__/scanners/secrets/rules/gocardless.samples.ts.
import { assignmentPattern, defineRule, TOKEN_CHARS, type SecretRule } from '../rule.js';

export const GOCARDLESS_RULES: SecretRule[] = [
  defineRule({
    id: 'gocardless-api-token',
    family: 'payments',
    description: 'GoCardless live access token',
    severity: 'critical',
    keywords: ['gocardless'],
    pattern: assignmentPattern('gocardless', 'live_[A-Za-z0-9_=-]{40}'),
    boundary: TOKEN_CHARS,
    minEntropy: 3.5,
  }),
];
