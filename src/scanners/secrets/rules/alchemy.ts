// Alchemy (web3 API) access tokens (saas family): `alcht_` and 30 alphanumerics. Samples:
// __tests__/scanners/secrets/rules/alchemy.samples.ts.
import type { SecretRule } from '../rule.js';
import { prefixedToken, run } from './build.js';

export const ALCHEMY_RULES: SecretRule[] = [
  prefixedToken('alchemy-access-token', 'Alchemy access token', 'high', { family: 'saas', prefix: 'alcht_', body: run('A-Za-z0-9', 30), anchored: true, minEntropy: 3.5 }),
];
