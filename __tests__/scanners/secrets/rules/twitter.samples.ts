// True and false samples of src/scanners/secrets/rules/twitter.ts, built when the tests run.
import { ALNUM, fake } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'twitter-bearer-token': {
    match: [`TWITTER_BEARER_TOKEN=${'A'.repeat(22)}${fake(ALNUM, 90, 'tw-bearer-1')}`],
    noMatch: ['A'.repeat(120)],
  },
  'twitter-api-secret': {
    match: [`TWITTER_API_SECRET=${fake(ALNUM, 50, 'tw-sec-1')}`],
    noMatch: ['TWITTER_HANDLE=@acme'],
  },
};
