// Duffel secret rules (saas family). Samples: __tests__/scanners/secrets/rules/duffel.samples.ts.
import { type SecretRule } from '../rule.js';
import { prefixedToken } from './build.js';

export const DUFFEL_RULES: SecretRule[] = [
  prefixedToken('duffel-api-token', 'Duffel API token', 'high', { family: 'saas', prefix: 'duffel_', body: '(?:test|live)_[A-Za-z0-9_=-]{43}', minEntropy: 3.5 }),
];
