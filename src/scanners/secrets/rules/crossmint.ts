// Crossmint secret rules (saas family). Samples: __tests__/scanners/secrets/rules/crossmint.samples.ts.
import { WORD_CHARS, type SecretRule } from '../rule.js';
import { prefixedToken, run } from './build.js';

/** Base58, the body of Crossmint keys (216 characters in public samples). */
const BASE58 = '1-9A-HJ-NP-Za-km-z';

export const CROSSMINT_RULES: SecretRule[] = [
  // Server-side keys.
  prefixedToken('crossmint-server-api-key', 'Crossmint server-side API key', 'high', { family: 'saas', prefix: ['sk_staging_', 'sk_production_'], body: run(BASE58, 150, 260), anchored: true, boundary: WORD_CHARS, minEntropy: 4.5 }),
  // Client-side keys are restricted to configured origins and meant to ship in web and mobile apps.
  prefixedToken('crossmint-client-api-key', 'Crossmint client-side API key', 'low', { family: 'saas', prefix: ['ck_staging_', 'ck_production_'], body: run(BASE58, 150, 260), anchored: true, boundary: WORD_CHARS, minEntropy: 4.5 }),
];
