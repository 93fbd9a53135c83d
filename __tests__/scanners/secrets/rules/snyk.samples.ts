// True and false samples of src/scanners/secrets/rules/snyk.ts, built when the tests run.
import { fakeUuid } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'snyk-token': {
    match: [`SNYK_TOKEN=${fakeUuid('snyk-1')}`],
    noMatch: ['SNYK_TOKEN=${{ secrets.SNYK_TOKEN }}'],
  },
};
