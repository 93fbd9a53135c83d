// True and false samples of src/scanners/secrets/rules/prefect.ts, built when the tests run.
import { ALNUM, fake } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'prefect-api-key': {
    match: [`PREFECT_API_KEY=pnu_${fake(ALNUM, 36, 'prefect-1')}`],
    noMatch: ['pnu_' + 'short'],
  },
};
