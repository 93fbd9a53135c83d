// True and false samples of src/scanners/secrets/rules/netlify.ts, built when the tests run.
import { ALNUM, fake } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'netlify-access-token': {
    match: [`NETLIFY_AUTH_TOKEN=nfp_${fake(ALNUM, 36, 'netlify-1')}`],
    noMatch: ['NETLIFY_SITE_ID=acme-site'],
  },
};
