// Portainer API access tokens (cloud family): `ptr_` and 43 base64 characters. `ptr_` alone is a
// common identifier prefix in C, so the rule runs only where the file names Portainer.
// Samples: __tests__/scanners/secrets/rules/portainer.samples.ts.
import { defineRule, type SecretRule } from '../rule.js';

export const PORTAINER_RULES: SecretRule[] = [
  defineRule({
    id: 'portainer-access-token',
    family: 'cloud',
    description: 'Portainer API access token',
    severity: 'high',
    keywords: ['portainer'],
    pattern: /(ptr_[A-Za-z0-9+/_-]{30,60}={0,2})/,
    boundary: 'A-Za-z0-9+/_-',
    minEntropy: 4,
  }),
];
