// True and false samples of src/scanners/secrets/rules/stripe.ts, built when the tests run.
import { ALNUM, fake } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'stripe-secret-key': {
    match: [`STRIPE_SECRET_KEY=sk_live_${fake(ALNUM, 99, 'stripe-1')}`, `Stripe.api_key = "sk_live_${fake(ALNUM, 24, 'stripe-2')}"`],
    noMatch: ['STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx', 'sk_live_...'],
  },
  'stripe-restricted-key': {
    match: [`STRIPE_RESTRICTED_KEY=rk_live_${fake(ALNUM, 99, 'stripe-3')}`],
    noMatch: ['rk_live_short'],
  },
  'stripe-test-key': {
    match: [`STRIPE_SECRET_KEY=sk_test_${fake(ALNUM, 99, 'stripe-4')}`],
    noMatch: ['STRIPE_SECRET_KEY=sk_test_...'],
  },
  'stripe-webhook-secret': {
    match: [`STRIPE_WEBHOOK_SECRET=whsec_${fake(ALNUM, 32, 'whsec-1')}`],
    noMatch: ['STRIPE_WEBHOOK_SECRET=whsec_...'],
  },
};
