// Square secret rules (payments family). Samples: __tests__/scanners/secrets/rules/square.samples.ts.
import type { SecretRule } from '../rule.js';
import { prefixedToken, run } from './build.js';

export const SQUARE_RULES: SecretRule[] = [
  // Production access tokens start `EAAA`; older ones `sq0atp-`.
  prefixedToken('square-access-token', 'Square access token', 'critical', { family: 'payments', prefix: ['sq0atp-', 'EAAA'], body: run('A-Za-z0-9_-', 22, 60), anchored: true, minEntropy: 3.5 }),
  prefixedToken('square-oauth-secret', 'Square OAuth application secret', 'critical', { family: 'payments', prefix: 'sq0csp-', body: run('A-Za-z0-9_-', 43), minEntropy: 3.5 }),
];
