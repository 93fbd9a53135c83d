// Defined Networking secret rules (ci-cd family). Samples: __tests__/scanners/secrets/rules/defined-networking.samples.ts.
import { defineRule, TOKEN_CHARS, type SecretRule } from '../rule.js';
import { prefixedToken } from './build.js';

export const DEFINED_NETWORKING_RULES: SecretRule[] = [
  prefixedToken('defined-networking-token', 'Defined Networking API token', 'high', { family: 'ci-cd', prefix: 'dnkey-', body: '[a-z0-9=_-]{26}-[a-z0-9=_-]{52}', minEntropy: 3.5 }),
];
