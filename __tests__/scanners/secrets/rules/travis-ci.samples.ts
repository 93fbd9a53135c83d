// True and false samples of src/scanners/secrets/rules/travis-ci.ts, built when the tests run.
import { B64URL, fake } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'travis-ci-token': {
    match: [`TRAVIS_API_TOKEN=${fake(B64URL, 22, 'travis-1')}`],
    noMatch: ['TRAVIS_BRANCH=main'],
  },
};
