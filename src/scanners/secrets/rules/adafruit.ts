// Adafruit IO secret rules (saas family). Samples: __tests__/scanners/secrets/rules/adafruit.samples.ts.
import { defineRule, TOKEN_CHARS, type SecretRule } from '../rule.js';

export const ADAFRUIT_RULES: SecretRule[] = [
  defineRule({
    // Adafruit IO: `aio_` and 28 alphanumerics (the key shown under "My Key" on io.adafruit.com).
    id: 'adafruit-io-key',
    family: 'saas',
    description: 'Adafruit IO key',
    severity: 'high',
    keywords: ['aio_'],
    anchored: true,
    pattern: /(aio_[A-Za-z0-9]{28})/,
    boundary: TOKEN_CHARS,
    minEntropy: 3.5,
  }),
];
