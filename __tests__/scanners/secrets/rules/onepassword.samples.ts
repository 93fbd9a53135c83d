// True and false samples of src/scanners/secrets/rules/onepassword.ts, built when the tests run.
import { B64, fake, UPPER_ALNUM } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'onepassword-service-account-token': { match: [`OP_SERVICE_ACCOUNT_TOKEN=ops_eyJ${fake(B64, 400, 'ops-1')}`], noMatch: [`${'ops_eyj'}short`, `${'ops_eyj'}${'x'.repeat(40)}`] },
  'onepassword-secret-key': {
    match: [`OP_SECRET_KEY=A3-${fake(UPPER_ALNUM, 6, 'op-1')}-${fake(UPPER_ALNUM, 11, 'op-2')}-${fake(UPPER_ALNUM, 5, 'op-3')}-${fake(UPPER_ALNUM, 5, 'op-4')}-${fake(UPPER_ALNUM, 5, 'op-5')}`],
    noMatch: ['A3-XXXXXX-XXXXXXXXXXX-XXXXX-XXXXX-XXXXX'],
  },
};
