// True and false samples of src/scanners/secrets/rules/replicate.ts, built when the tests run.
import { ALNUM, fake } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'replicate-api-token': {
    match: [`REPLICATE_API_TOKEN=r8_${fake(ALNUM, 37, 'r8-1')}`],
    noMatch: ['r8_' + 'short'],
  },
};
