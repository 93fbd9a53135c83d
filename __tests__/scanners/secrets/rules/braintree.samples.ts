// True and false samples of src/scanners/secrets/rules/braintree.ts, built when the tests run.
import { fake, HEX, LOWER_ALNUM } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'braintree-access-token': {
    match: [`BRAINTREE_ACCESS_TOKEN="access_token$production$${fake(LOWER_ALNUM, 16, 'bt-1')}$${fake(HEX, 32, 'bt-2')}"`],
    noMatch: ['access_token$production$<merchant>$<token>'],
  },
  'braintree-private-key': {
    match: [`BRAINTREE_PRIVATE_KEY=${fake(HEX, 32, 'bt-3')}`],
    noMatch: ['BRAINTREE_ENVIRONMENT=production'],
  },
};
