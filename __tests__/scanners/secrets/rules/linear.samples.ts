// True and false samples of src/scanners/secrets/rules/linear.ts, built when the tests run.
import { ALNUM, fake } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'linear-api-key': { match: [`LINEAR_API_KEY=lin_api_${fake(ALNUM, 40, 'linear-1')}`], noMatch: [`${'lin_api_'}short`, `${'lin_api_'}${'x'.repeat(40)}`] },
};
