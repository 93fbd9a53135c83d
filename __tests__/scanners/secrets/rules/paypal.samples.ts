// True and false samples of src/scanners/secrets/rules/paypal.ts, built when the tests run.
import { B64URL, fake } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'paypal-client-secret': {
    match: [`PAYPAL_CLIENT_SECRET=E${fake(B64URL, 79, 'paypal-1')}`],
    noMatch: ['PAYPAL_MODE=live'],
  },
};
