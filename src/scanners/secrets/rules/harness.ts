// Harness secret rules (ci-cd family). Samples: __tests__/scanners/secrets/rules/harness.samples.ts.
import { defineRule, TOKEN_CHARS, type SecretRule } from '../rule.js';

export const HARNESS_RULES: SecretRule[] = [
  defineRule({
    id: 'harness-access-token',
    family: 'ci-cd',
    description: 'Harness personal or service account token',
    severity: 'high',
    keywords: ['pat.', 'sat.'],
    pattern: /((?:pat|sat)\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9]{24}\.[A-Za-z0-9]{20})/,
    boundary: TOKEN_CHARS,
    minEntropy: 3.5,
  }),
];
