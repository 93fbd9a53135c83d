// True and false samples of src/scanners/secrets/rules/hubspot.ts, built when the tests run.
import { fakeUuid } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'hubspot-private-app-token': {
    match: [`HUBSPOT_ACCESS_TOKEN=pat-na1-${fakeUuid('hubspot-1')}`],
    noMatch: ['pat-na1-<token>'],
  },
};
