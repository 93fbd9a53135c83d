// True and false samples of src/scanners/secrets/rules/readme.ts, built when the tests run.
import { fake, LOWER_ALNUM } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'readme-api-key': {
    match: [`README_API_KEY=rdme_${fake(LOWER_ALNUM, 70, 'rdme-1')}`],
    noMatch: ['rdme_' + 'short'],
  },
};
