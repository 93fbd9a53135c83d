// True and false samples of src/scanners/secrets/rules/maxmind.ts, built when the tests run.
import { ALNUM, fake } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'maxmind-license-key': {
    match: [`MAXMIND_LICENSE_KEY=${fake(ALNUM, 6, 'mm-1')}_${fake(ALNUM, 29, 'mm-2')}_mmk`],
    noMatch: ['x_mmk'],
  },
};
