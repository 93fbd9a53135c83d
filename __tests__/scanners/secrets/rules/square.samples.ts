// True and false samples of src/scanners/secrets/rules/square.ts, built when the tests run.
import { B64URL, fake } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'square-access-token': {
    match: [`SQUARE_ACCESS_TOKEN=EAAA${fake(B64URL, 60, 'square-1')}`, `square_token: sq0atp-${fake(B64URL, 22, 'square-2')}`],
    noMatch: ['SQUARE_ACCESS_TOKEN=EAAA...'],
  },
  'square-oauth-secret': {
    match: [`SQUARE_APP_SECRET=sq0csp-${fake(B64URL, 43, 'square-3')}`],
    noMatch: ['sq0csp-' + 'short'],
  },
};
