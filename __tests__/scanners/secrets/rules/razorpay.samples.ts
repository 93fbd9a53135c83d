// True and false samples of src/scanners/secrets/rules/razorpay.ts, built when the tests run.
import { ALNUM, fake } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'razorpay-key-secret': {
    match: [`RAZORPAY_KEY_SECRET=${fake(ALNUM, 24, 'rzp-1')}`],
    noMatch: [`RAZORPAY_KEY_ID=rzp_live_${fake(ALNUM, 14, 'rzp-2')}`],
  },
};
