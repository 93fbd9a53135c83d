// Ionic (Appflow) personal access tokens (ci-cd family): `ion_` and 42 alphanumerics. Samples:
// __tests__/scanners/secrets/rules/ionic.samples.ts.
import type { SecretRule } from '../rule.js';
import { prefixedToken, run } from './build.js';

export const IONIC_RULES: SecretRule[] = [
  prefixedToken('ionic-personal-access-token', 'Ionic personal access token', 'high', { family: 'ci-cd', prefix: 'ion_', body: run('A-Za-z0-9', 42), anchored: true, minEntropy: 4 }),
];
