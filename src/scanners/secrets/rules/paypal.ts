// PayPal secret rules (payments family). Samples: __tests__/scanners/secrets/rules/paypal.samples.ts.
import { assignmentPattern, defineRule, TOKEN_CHARS, type SecretRule } from '../rule.js';

export const PAYPAL_RULES: SecretRule[] = [
  defineRule({
    id: 'paypal-client-secret',
    family: 'payments',
    description: 'PayPal REST API client secret',
    severity: 'critical',
    keywords: ['paypal'],
    pattern: assignmentPattern('paypal[\\w.-]{0,20}secret', '[A-Za-z0-9_-]{80}'),
    boundary: TOKEN_CHARS,
    minEntropy: 4,
  }),
];
