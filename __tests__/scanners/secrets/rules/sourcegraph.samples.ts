// True and false samples of src/scanners/secrets/rules/sourcegraph.ts, built when the tests run.
import { fake, HEX } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'sourcegraph-access-token': {
    match: [`SRC_ACCESS_TOKEN=sgp_${fake(HEX, 16, 'sgp-1')}_${fake(HEX, 40, 'sgp-2')}`],
    noMatch: ['sgp_' + 'short'],
  },
};
