// Stripe secret rules (payments family). Samples: __tests__/scanners/secrets/rules/stripe.samples.ts.
import { defineRule, WORD_CHARS, type SecretRule } from '../rule.js';
import { prefixedToken, run } from './build.js';

export const STRIPE_RULES: SecretRule[] = [
  defineRule({
    id: 'stripe-secret-key',
    family: 'payments',
    description: 'Stripe live secret key',
    severity: 'critical',
    keywords: ['sk_live_', 'sk_prod_'],
    pattern: /(sk_(?:live|prod)_[A-Za-z0-9]{10,247})/,
    boundary: WORD_CHARS,
    minEntropy: 3.5,
  }),
  defineRule({
    id: 'stripe-restricted-key',
    family: 'payments',
    description: 'Stripe live restricted key',
    severity: 'critical',
    keywords: ['rk_live_', 'rk_prod_'],
    pattern: /(rk_(?:live|prod)_[A-Za-z0-9]{10,247})/,
    boundary: WORD_CHARS,
    minEntropy: 3.5,
  }),
  defineRule({
    id: 'stripe-test-key',
    family: 'payments',
    description: 'Stripe test-mode secret key',
    severity: 'low',
    keywords: ['sk_test_', 'rk_test_'],
    pattern: /((?:sk|rk)_test_[A-Za-z0-9]{10,247})/,
    boundary: WORD_CHARS,
    minEntropy: 3.5,
  }),
  prefixedToken('stripe-webhook-secret', 'Stripe webhook signing secret', 'high', { family: 'payments', prefix: 'whsec_', body: run('A-Za-z0-9+/=', 32, 64), boundary: 'A-Za-z0-9_+/', minEntropy: 3.5 }),
];
