// True and false samples of src/scanners/secrets/rules/heroku.ts, built when the tests run.
import { B64URL, fake, fakeUuid } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'heroku-api-key-v2': { match: [`HEROKU_API_KEY=HRKU-AA${fake(B64URL, 58, 'heroku-1')}`], noMatch: [`${'hrku-aa'}short`, `${'hrku-aa'}${'x'.repeat(40)}`] },
  'heroku-api-key': {
    match: [`HEROKU_API_KEY=${fakeUuid('heroku-2')}`],
    noMatch: ['HEROKU_APP_NAME=acme-prod'],
  },
};
