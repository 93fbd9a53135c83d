// True and false samples of src/scanners/secrets/rules/flutterwave.ts, built when the tests run.
import { fake } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'flutterwave-secret-key': {
    match: [`FLW_SECRET_KEY=FLWSECK-${fake('abcdefgh0123456789', 32, 'flw-1')}-X`],
    noMatch: ['FLW_SECRET_KEY=FLWSECK-xxxxxxxx-X'],
  },
};
