// True and false samples of src/scanners/secrets/rules/apify.ts, built when the tests run.
import { ALNUM, fake } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'apify-api-token': { match: [`APIFY_TOKEN=apify_api_${fake(ALNUM, 36, 'apify-1')}`], noMatch: [`${'apify_api_'}short`, `${'apify_api_'}${'x'.repeat(40)}`] },
};
