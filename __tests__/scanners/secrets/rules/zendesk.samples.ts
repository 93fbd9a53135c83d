// True and false samples of src/scanners/secrets/rules/zendesk.ts, built when the tests run.
import { ALNUM, fake } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'zendesk-api-token': {
    match: [`ZENDESK_API_TOKEN=${fake(ALNUM, 40, 'zendesk-1')}`],
    noMatch: ['ZENDESK_SUBDOMAIN=acme'],
  },
};
