// EasyPost secret rules (saas family). Samples: __tests__/scanners/secrets/rules/easypost.samples.ts.
import { defineRule, TOKEN_CHARS, type SecretRule } from '../rule.js';

export const EASYPOST_RULES: SecretRule[] = [
  defineRule({
    id: 'easypost-api-key',
    family: 'saas',
    description: 'EasyPost API key',
    severity: 'high',
    // EZAK: production key, EZTK: test-mode key; both are full API keys of the account.
    keywords: ['ezak', 'eztk'],
    pattern: /(EZ[AT]K[A-Za-z0-9]{54})/,
    boundary: TOKEN_CHARS,
    minEntropy: 3.5,
  }),
];
