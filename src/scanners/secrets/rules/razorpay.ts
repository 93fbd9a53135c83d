// Razorpay secret rules (payments family). Samples: __tests__/scanners/secrets/rules/razorpay.samples.ts.
import type { SecretRule } from '../rule.js';
import { keywordAssigned, run } from './build.js';

export const RAZORPAY_RULES: SecretRule[] = [
  keywordAssigned('razorpay-key-secret', 'Razorpay key secret', 'critical', { family: 'payments', keywords: ['razorpay'], credential: 'secret', value: run('A-Za-z0-9', 24), minEntropy: 3.5 }),
];
