// Mollie secret rules (payments family). Samples: __tests__/scanners/secrets/rules/mollie.samples.ts.
import type { SecretRule } from '../rule.js';
import { keywordAssigned } from './build.js';

export const MOLLIE_RULES: SecretRule[] = [
  keywordAssigned('mollie-api-key', 'Mollie live API key', 'critical', { family: 'payments', keywords: ['mollie'], value: 'live_[A-Za-z0-9]{30}', minEntropy: 3.5 }),
];
