// Adyen secret rules (payments family). Samples: __tests__/scanners/secrets/rules/adyen.samples.ts.
import type { SecretRule } from '../rule.js';
import { keywordAssigned } from './build.js';

export const ADYEN_RULES: SecretRule[] = [
  keywordAssigned('adyen-api-key', 'Adyen API key', 'critical', { family: 'payments', keywords: ['adyen'], credential: ['key', 'token'], value: 'AQE[A-Za-z0-9+/=_.-]{80,300}', boundary: 'A-Za-z0-9+/_.-', minEntropy: 4 }),
];
