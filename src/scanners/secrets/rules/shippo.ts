// Shippo secret rules (saas family). Samples: __tests__/scanners/secrets/rules/shippo.samples.ts.
import { type SecretRule } from '../rule.js';
import { prefixedToken } from './build.js';

export const SHIPPO_RULES: SecretRule[] = [
  prefixedToken('shippo-api-token', 'Shippo API token', 'high', { family: 'saas', prefix: 'shippo_', body: '(?:live|test)_[a-fA-F0-9]{40}' }),
];
