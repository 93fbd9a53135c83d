// True and false samples of src/scanners/secrets/rules/mistral.ts, built when the tests run.
import { ALNUM, fake } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'mistral-api-key': {
    match: [`MISTRAL_API_KEY=${fake(ALNUM, 32, 'mistral-1')}`],
    noMatch: ['MISTRAL_MODEL=mistral-large-latest'],
  },
};
