// True and false samples of src/scanners/secrets/rules/doppler.ts, built when the tests run.
import { ALNUM, fake } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'doppler-token': {
    match: [`DOPPLER_TOKEN=dp.pt.${fake(ALNUM, 43, 'doppler-1')}`, `DOPPLER_TOKEN=dp.st.prd.${fake(ALNUM, 40, 'doppler-2')}`],
    noMatch: ['DOPPLER_TOKEN=dp.pt.xxxx'],
  },
};
