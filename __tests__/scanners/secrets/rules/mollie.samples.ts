// True and false samples of src/scanners/secrets/rules/mollie.ts, built when the tests run.
import { ALNUM, fake } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'mollie-api-key': {
    match: [`MOLLIE_API_KEY=live_${fake(ALNUM, 30, 'mollie-1')}`],
    noMatch: ['MOLLIE_API_KEY=live_...'],
  },
};
