// True and false samples of src/scanners/secrets/rules/octopus-deploy.ts, built when the tests run.
import { fake, UPPER_ALNUM } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'octopus-deploy-api-key': {
    match: [`OCTOPUS_API_KEY=API-${fake(UPPER_ALNUM, 26, 'octo-1')}`],
    noMatch: ['X-API-VERSION', 'API-' + 'X'.repeat(26)],
  },
};
