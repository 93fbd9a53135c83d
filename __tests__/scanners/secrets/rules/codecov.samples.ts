// True and false samples of src/scanners/secrets/rules/codecov.ts, built when the tests run.
import { fakeUuid } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'codecov-token': {
    match: [`CODECOV_TOKEN=${fakeUuid('codecov-1')}`],
    noMatch: ['CODECOV_TOKEN=${{ secrets.CODECOV_TOKEN }}'],
  },
};
