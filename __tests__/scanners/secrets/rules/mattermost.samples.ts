// True and false samples of src/scanners/secrets/rules/mattermost.ts, built when the tests run.
import { fake, LOWER_ALNUM } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'mattermost-token': {
    match: [`MATTERMOST_TOKEN=${fake(LOWER_ALNUM, 26, 'mm-1')}`],
    noMatch: ['MATTERMOST_URL=https://chat.corp'],
  },
};
