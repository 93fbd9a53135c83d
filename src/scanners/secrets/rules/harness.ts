// Harness secret rules (ci-cd family). Samples: __tests__/scanners/secrets/rules/harness.samples.ts.
import type { SecretRule } from '../rule.js';
import { prefixedToken } from './build.js';

export const HARNESS_RULES: SecretRule[] = [
  // `pat.` (personal) or `sat.` (service account), the account id, the token id and its secret.
  prefixedToken('harness-access-token', 'Harness personal or service account token', 'high', { family: 'ci-cd', prefix: ['pat.', 'sat.'], body: '[A-Za-z0-9_-]{22}\\.[A-Za-z0-9]{24}\\.[A-Za-z0-9]{20}', minEntropy: 3.5 }),
];
