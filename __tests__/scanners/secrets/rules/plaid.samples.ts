// True and false samples of src/scanners/secrets/rules/plaid.ts, built when the tests run.
import { fake, fakeUuid, LOWER_ALNUM } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'plaid-access-token': {
    match: [`plaid_access_token = "access-production-${fakeUuid('plaid-1')}"`],
    noMatch: ['access-production-<uuid>'],
  },
  'plaid-secret': {
    match: [`PLAID_SECRET=${fake(LOWER_ALNUM, 30, 'plaid-2')}`],
    noMatch: ['PLAID_ENV=production'],
  },
};
