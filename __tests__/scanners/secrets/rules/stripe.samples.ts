// True and false samples of src/scanners/secrets/rules/stripe.ts, built when the tests run.
import { ALNUM, fake } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'stripe-secret-key': {
    match: [`STRIPE_SECRET_KEY=sk_live_${fake(ALNUM, 99, 'stripe-1')}`, `Stripe.api_key = "sk_live_${fake(ALNUM, 24, 'stripe-2')}"`],
    noMatch: ['STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx', 'sk_live_...'],
    files: [
      {
        name: 'a Rails initializer with Stripe keys: the secret key, not the publishable one',
        path: 'config/initializers/stripe.rb',
        text: [
          'Rails.configuration.stripe = {',
          `  publishable_key: "pk_live_${fake(ALNUM, 99, 'pay-1')}",`,
          `  secret_key: "sk_live_${fake(ALNUM, 99, 'pay-2')}"`,
          '}',
          'Stripe.api_key = Rails.configuration.stripe[:secret_key]',
        ].join('\n'),
        findings: [['stripe-secret-key', 3]],
      },
    ],
  },
  'stripe-restricted-key': {
    match: [`STRIPE_RESTRICTED_KEY=rk_live_${fake(ALNUM, 99, 'stripe-3')}`],
    noMatch: ['rk_live_short'],
  },
  'stripe-test-key': {
    match: [`STRIPE_SECRET_KEY=sk_test_${fake(ALNUM, 99, 'stripe-4')}`],
    noMatch: ['STRIPE_SECRET_KEY=sk_test_...'],
    files: [
      {
        name: 'a test-mode key in a development .env',
        path: '.env.development',
        text: `STRIPE_SECRET_KEY=sk_test_${fake(ALNUM, 99, 'pay-4')}`,
        findings: [['stripe-test-key', 1]],
      },
    ],
  },
  'stripe-webhook-secret': {
    match: [`STRIPE_WEBHOOK_SECRET=whsec_${fake(ALNUM, 32, 'whsec-1')}`],
    noMatch: ['STRIPE_WEBHOOK_SECRET=whsec_...'],
    files: [
      {
        name: 'a webhook handler with the signing secret',
        path: 'src/webhooks.js',
        text: `const sig = req.headers['stripe-signature'];\nconst event = stripe.webhooks.constructEvent(req.body, sig, 'whsec_${fake(ALNUM, 32, 'pay-3')}');\n`,
        findings: [['stripe-webhook-secret', 2]],
      },
    ],
  },
};
