// PlanetScale secret rules (cloud family). Samples: __tests__/scanners/secrets/rules/planetscale.samples.ts.
import { defineRule, TOKEN_CHARS, type SecretRule } from '../rule.js';
import { prefixedToken, run } from './build.js';

export const PLANETSCALE_RULES: SecretRule[] = [
  prefixedToken('planetscale-password', 'PlanetScale database password', 'critical', { family: 'cloud', prefix: 'pscale_pw_', body: run('A-Za-z0-9_=.-', 32, 64) }),
  defineRule({
    id: 'planetscale-token',
    family: 'cloud',
    description: 'PlanetScale API or OAuth token',
    severity: 'high',
    keywords: ['pscale_tkn_', 'pscale_oauth_'],
    pattern: /(pscale_(?:tkn|oauth)_[A-Za-z0-9_=.-]{32,64})/,
    boundary: TOKEN_CHARS,
    minEntropy: 3,
  }),
];
