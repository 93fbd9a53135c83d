// PlanetScale secret rules (cloud family). Samples: __tests__/scanners/secrets/rules/planetscale.samples.ts.
import { defineRule, TOKEN_CHARS, type SecretRule } from '../rule.js';

export const PLANETSCALE_RULES: SecretRule[] = [
  defineRule({
    id: 'planetscale-password',
    family: 'cloud',
    description: 'PlanetScale database password',
    severity: 'critical',
    keywords: ['pscale_pw_'],
    pattern: /(pscale_pw_[A-Za-z0-9_=.-]{32,64})/,
    boundary: TOKEN_CHARS,
    minEntropy: 3,
  }),
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
