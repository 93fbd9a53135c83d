// True and false samples of src/scanners/secrets/rules/algolia.ts, built when the tests run.
import { fake, HEX } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'algolia-admin-key': {
    match: [`ALGOLIA_ADMIN_KEY=${fake(HEX, 32, 'algolia-1')}`],
    noMatch: ['ALGOLIA_APP_ID=ABCDEF1234'],
  },
};
