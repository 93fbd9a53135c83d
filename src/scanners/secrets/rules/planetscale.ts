// PlanetScale secret rules (cloud family). Samples: __tests__/scanners/secrets/rules/planetscale.samples.ts.
import type { SecretRule } from '../rule.js';
import { prefixedToken, run } from './build.js';

export const PLANETSCALE_RULES: SecretRule[] = [
  prefixedToken('planetscale-password', 'PlanetScale database password', 'critical', { family: 'cloud', prefix: 'pscale_pw_', body: run('A-Za-z0-9_=.-', 32, 64) }),
  prefixedToken('planetscale-token', 'PlanetScale API or OAuth token', 'high', { family: 'cloud', prefix: ['pscale_tkn_', 'pscale_oauth_'], body: run('A-Za-z0-9_=.-', 32, 64) }),
];
