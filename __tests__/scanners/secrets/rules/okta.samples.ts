// True and false samples of src/scanners/secrets/rules/okta.ts, built when the tests run.
import { B64URL, fake } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'okta-api-token': {
    match: [`OKTA_API_TOKEN=00${fake(B64URL, 40, 'okta-1')}`],
    noMatch: ['OKTA_DOMAIN=acme.okta.com'],
  },
};
