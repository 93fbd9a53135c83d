// Razorpay secret rules (payments family). Samples: __tests__/scanners/secrets/rules/razorpay.samples.ts.
import { assignmentPattern, defineRule, WORD_CHARS, type SecretRule } from '../rule.js';

export const RAZORPAY_RULES: SecretRule[] = [
  defineRule({
    id: 'razorpay-key-secret',
    family: 'payments',
    description: 'Razorpay key secret',
    severity: 'critical',
    keywords: ['razorpay'],
    pattern: assignmentPattern('razorpay[\\w.-]{0,20}secret', '[A-Za-z0-9]{24}'),
    boundary: WORD_CHARS,
    minEntropy: 3.5,
  }),
];
