// Adyen secret rules (payments family). Samples: __tests__/scanners/secrets/rules/adyen.samples.ts.
import { assignmentPattern, defineRule, type SecretRule } from '../rule.js';

export const ADYEN_RULES: SecretRule[] = [
  defineRule({
    id: 'adyen-api-key',
    family: 'payments',
    description: 'Adyen API key',
    severity: 'critical',
    keywords: ['adyen'],
    pattern: assignmentPattern('adyen[\\w.-]{0,20}(?:key|token)', 'AQE[A-Za-z0-9+/=_.-]{80,300}'),
    boundary: 'A-Za-z0-9+/_.-',
    minEntropy: 4,
  }),
];
