// True and false samples of src/scanners/secrets/rules/circleci.ts, built when the tests run.
import { ALNUM, fake, HEX } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'circleci-token': {
    match: [`CIRCLE_TOKEN=CCIPAT_${fake(ALNUM, 22, 'cci-1')}_${fake(HEX, 40, 'cci-2')}`],
    noMatch: ['CIRCLE_TOKEN=CCIPAT_...'],
  },
};
