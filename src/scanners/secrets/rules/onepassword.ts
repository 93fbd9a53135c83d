// 1Password secret rules (saas family). Samples: __tests__/scanners/secrets/rules/onepassword.samples.ts.
import { defineRule, TOKEN_CHARS, type SecretRule } from '../rule.js';
import { prefixedToken } from './build.js';

export const ONEPASSWORD_RULES: SecretRule[] = [
  prefixedToken('onepassword-service-account-token', '1Password service account token', 'critical', { family: 'saas', prefix: 'ops_eyJ', body: '[A-Za-z0-9+/]{250,1700}={0,3}', minEntropy: 4, boundary: 'A-Za-z0-9_+/' }),
  prefixedToken('onepassword-secret-key', '1Password account secret key', 'critical', { family: 'saas', prefix: 'A3-', body: '[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}', minEntropy: 3.5 }),
];
