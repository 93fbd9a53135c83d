// PayPal secret rules (payments family). Samples: __tests__/scanners/secrets/rules/paypal.samples.ts.
import { TOKEN_CHARS, type SecretRule } from '../rule.js';
import { keywordAssigned, run } from './build.js';

export const PAYPAL_RULES: SecretRule[] = [
  keywordAssigned('paypal-client-secret', 'PayPal REST API client secret', 'critical', { family: 'payments', keywords: ['paypal'], credential: 'secret', value: run('A-Za-z0-9_-', 80), boundary: TOKEN_CHARS, minEntropy: 4 }),
];
