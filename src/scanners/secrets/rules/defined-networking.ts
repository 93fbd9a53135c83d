// Defined Networking API secret rules (ci-cd family). Samples: __tests__/scanners/secrets/rules/defined-networking.samples.ts.
import { defineRule, TOKEN_CHARS, type SecretRule } from '../rule.js';

export const DEFINED_NETWORKING_RULES: SecretRule[] = [
  defineRule({
    id: 'defined-networking-token',
    family: 'ci-cd',
    description: 'Defined Networking API token',
    severity: 'high',
    keywords: ['dnkey-'],
    pattern: /(dnkey-[a-z0-9=_-]{26}-[a-z0-9=_-]{52})/,
    boundary: TOKEN_CHARS,
    minEntropy: 3.5,
  }),
];
