// Adafruit IO secret rules (saas family). Samples: __tests__/scanners/secrets/rules/adafruit.samples.ts.
import { defineRule, TOKEN_CHARS, type SecretRule } from '../rule.js';
import { prefixedToken, run } from './build.js';

export const ADAFRUIT_RULES: SecretRule[] = [
  // Adafruit IO: `aio_` and 28 alphanumerics (the key shown under "My Key" on io.adafruit.com).
  prefixedToken('adafruit-io-key', 'Adafruit IO key', 'high', { family: 'saas', prefix: 'aio_', body: run('A-Za-z0-9', 28), anchored: true, minEntropy: 3.5 }),
];
