// TrueNAS API keys (cloud family): `<key id>-<64 alphanumerics>`, sent to the WebSocket API's
// `auth.login_with_api_key` or as a REST bearer token. Samples: __tests__/scanners/secrets/rules/truenas.samples.ts.
import { defineRule, ALNUM_CHARS, type SecretRule } from '../rule.js';

export const TRUENAS_RULES: SecretRule[] = [
  defineRule({
    id: 'truenas-api-key',
    family: 'cloud',
    description: 'TrueNAS API key',
    severity: 'high',
    // The shape alone (a number, a dash, 64 alphanumerics) is too common; the login call or the
    // product's name in the file makes it a TrueNAS key.
    keywords: ['login_with_api_key', 'truenas'],
    pattern: /([0-9]{1,6}-[A-Za-z0-9]{64})/,
    boundary: `${ALNUM_CHARS}_-`,
    minEntropy: 4,
    validate: (s) => /[A-Z]/.test(s) && /[a-z]/.test(s) && /[0-9]/.test(s.slice(s.indexOf('-'))),
  }),
];
