// Stripe secret rules (payments family). Samples: __tests__/scanners/secrets/rules/stripe.samples.ts.
import { WORD_CHARS, type SecretRule } from '../rule.js';
import { prefixedToken, run } from './build.js';

export const STRIPE_RULES: SecretRule[] = [
  prefixedToken('stripe-secret-key', 'Stripe live secret key', 'critical', { family: 'payments', prefix: ['sk_live_', 'sk_prod_'], body: run('A-Za-z0-9', 10, 247), boundary: WORD_CHARS, minEntropy: 3.5 }),
  prefixedToken('stripe-restricted-key', 'Stripe live restricted key', 'critical', { family: 'payments', prefix: ['rk_live_', 'rk_prod_'], body: run('A-Za-z0-9', 10, 247), boundary: WORD_CHARS, minEntropy: 3.5 }),
  prefixedToken('stripe-test-key', 'Stripe test-mode secret key', 'low', { family: 'payments', prefix: ['sk_test_', 'rk_test_'], body: run('A-Za-z0-9', 10, 247), boundary: WORD_CHARS, minEntropy: 3.5 }),
  prefixedToken('stripe-webhook-secret', 'Stripe webhook signing secret', 'high', { family: 'payments', prefix: 'whsec_', body: run('A-Za-z0-9+/=', 32, 64), boundary: 'A-Za-z0-9_+/', minEntropy: 3.5 }),
];
