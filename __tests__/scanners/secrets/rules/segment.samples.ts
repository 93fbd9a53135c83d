// True and false samples of src/scanners/secrets/rules/segment.ts, built when the tests run.
import { ALNUM, fake } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'segment-public-api-token': {
    match: [`SEGMENT_PUBLIC_API_TOKEN=${'sgp_'}${fake(ALNUM, 64, 'segment-1')}`],
    noMatch: [`${'sgp_'}${fake(ALNUM, 50, 'segment-2')}`, `${'sgp_'}${fake(ALNUM, 70, 'segment-3')}`],
  },
};
