// Flutterwave secret rules (payments family). Samples: __tests__/scanners/secrets/rules/flutterwave.samples.ts.
import { defineRule, TOKEN_CHARS, type SecretRule } from '../rule.js';

export const FLUTTERWAVE_RULES: SecretRule[] = [
  defineRule({
    id: 'flutterwave-secret-key',
    family: 'payments',
    description: 'Flutterwave secret key',
    severity: 'critical',
    keywords: ['flwseck'],
    pattern: /(FLWSECK(?:_TEST)?-[a-h0-9]{32}-X)/,
    boundary: TOKEN_CHARS,
    minEntropy: 3,
  }),
];
