// Payment provider credentials.
import { ALNUM, B64URL, fake, fakeUuid, HEX } from './fake.js';
import { hits } from './helpers.js';

describe('payment credentials', () => {
  it('a Rails initializer with Stripe keys: the secret key, not the publishable one', () => {
    const text = [
      'Rails.configuration.stripe = {',
      `  publishable_key: "pk_live_${fake(ALNUM, 99, 'pay-1')}",`,
      `  secret_key: "sk_live_${fake(ALNUM, 99, 'pay-2')}"`,
      '}',
      'Stripe.api_key = Rails.configuration.stripe[:secret_key]',
    ].join('\n');
    expect(hits(text, 'config/initializers/stripe.rb')).toEqual([['stripe-secret-key', 3]]);
  });

  it('a webhook handler with the signing secret', () => {
    const text = `const sig = req.headers['stripe-signature'];\nconst event = stripe.webhooks.constructEvent(req.body, sig, 'whsec_${fake(ALNUM, 32, 'pay-3')}');\n`;
    expect(hits(text, 'src/webhooks.js')).toEqual([['stripe-webhook-secret', 2]]);
  });

  it('test-mode Stripe keys are reported at low severity', () => {
    const text = `STRIPE_SECRET_KEY=sk_test_${fake(ALNUM, 99, 'pay-4')}`;
    expect(hits(text, '.env.development')).toEqual([['stripe-test-key', 1]]);
  });

  it('Square, Braintree and Plaid in a payments service', () => {
    const text = [
      `SQUARE_ACCESS_TOKEN = "EAAA${fake(B64URL, 60, 'pay-5')}"`,
      `BRAINTREE = "access_token$production$${fake('abcdefghijklmnopqrstuvwxyz0123456789', 16, 'pay-6')}$${fake(HEX, 32, 'pay-7')}"`,
      `PLAID_ITEM_TOKEN = "access-production-${fakeUuid('pay-8')}"`,
    ].join('\n');
    expect(hits(text, 'payments/settings.py').map(([id]) => id)).toEqual(['square-access-token', 'braintree-access-token', 'plaid-access-token']);
  });
});
