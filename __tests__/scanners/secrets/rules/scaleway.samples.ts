// True and false samples of src/scanners/secrets/rules/scaleway.ts, built when the tests run.
import { fakeUuid } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'scaleway-secret-key': {
    match: [`SCW_SECRET_KEY=${fakeUuid('scw-1')}`],
    noMatch: ['SCW_SECRET_KEY=00000000-0000-0000-0000-000000000000'],
  },
};
