// Mollie secret rules (payments family). Samples: __tests__/scanners/secrets/rules/mollie.samples.ts.
import { assignmentPattern, defineRule, WORD_CHARS, type SecretRule } from '../rule.js';

export const MOLLIE_RULES: SecretRule[] = [
  defineRule({
    id: 'mollie-api-key',
    family: 'payments',
    description: 'Mollie live API key',
    severity: 'critical',
    keywords: ['mollie'],
    pattern: assignmentPattern('mollie', 'live_[A-Za-z0-9]{30}'),
    boundary: WORD_CHARS,
    minEntropy: 3.5,
  }),
];
