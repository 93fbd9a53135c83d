// True and false samples of src/scanners/secrets/rules/postman.ts, built when the tests run.
import { fake, HEX } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'postman-api-key': {
    match: [`POSTMAN_API_KEY=PMAK-${fake(HEX, 24, 'pmak-1')}-${fake(HEX, 34, 'pmak-2')}`],
    noMatch: ['PMAK-short'],
  },
};
