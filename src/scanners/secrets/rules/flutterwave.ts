// Flutterwave secret rules (payments family). Samples: __tests__/scanners/secrets/rules/flutterwave.samples.ts.
import { defineRule, TOKEN_CHARS, type SecretRule } from '../rule.js';
import { prefixedToken } from './build.js';

export const FLUTTERWAVE_RULES: SecretRule[] = [
  prefixedToken('flutterwave-secret-key', 'Flutterwave secret key', 'critical', { family: 'payments', prefix: 'FLWSECK', body: '(?:_TEST)?-[a-h0-9]{32}-X' }),
  // The encryption key shares the prefix and has 12 hex characters; the boundary keeps it off the secret key's 32.
  prefixedToken('flutterwave-encryption-key', 'Flutterwave encryption key', 'high', { family: 'payments', prefix: 'FLWSECK', body: '(?:_TEST)?-[a-h0-9]{12}' }),
];
