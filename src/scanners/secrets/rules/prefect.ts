// Prefect API secret rules (ci-cd family). Samples: __tests__/scanners/secrets/rules/prefect.samples.ts.
import { defineRule, WORD_CHARS, type SecretRule } from '../rule.js';

export const PREFECT_RULES: SecretRule[] = [
  defineRule({
    id: 'prefect-api-key',
    family: 'ci-cd',
    description: 'Prefect API key',
    severity: 'high',
    keywords: ['pnu_'],
    pattern: /(pnu_[A-Za-z0-9]{36})/,
    boundary: WORD_CHARS,
    minEntropy: 3.5,
  }),
];
