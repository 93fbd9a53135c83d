// True and false samples of src/scanners/secrets/rules/flutterwave.ts, built when the tests run.
import { fake } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'flutterwave-secret-key': {
    match: [`FLW_SECRET_KEY=FLWSECK-${fake('abcdefgh0123456789', 32, 'flw-1')}-X`],
    noMatch: ['FLW_SECRET_KEY=FLWSECK-xxxxxxxx-X'],
  },
  'flutterwave-encryption-key': {
    match: [`FLW_ENCRYPTION_KEY=FLWSECK_TEST-${fake('abcdefgh0123456789', 12, 'flw-e1')}`, `encryptionKey: "FLWSECK-${fake('abcdefgh0123456789', 12, 'flw-e2')}"`],
    // The secret key's 32 characters are not an encryption key; 13 characters are neither.
    noMatch: [`FLW_SECRET_KEY=FLWSECK-${fake('abcdefgh0123456789', 32, 'flw-e3')}-X`, `FLWSECK_TEST-${fake('abcdefgh0123456789', 13, 'flw-e4')}`, 'FLWSECK_TEST-xxxxxxxxxxxx'],
  },
};
