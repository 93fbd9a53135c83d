// True and false samples of src/scanners/secrets/rules/vonage.ts, built when the tests run.
import { ALNUM, fake } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'vonage-api-secret': {
    match: [`VONAGE_API_SECRET=${fake(ALNUM, 16, 'vonage-1')}`],
    noMatch: ['VONAGE_API_KEY=${KEY}'],
  },
};
