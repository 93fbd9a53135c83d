// True and false samples of src/scanners/secrets/rules/dynatrace.ts, built when the tests run.
import { fake, UPPER_ALNUM } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'dynatrace-api-token': { match: [`DT_API_TOKEN=dt0c01.${fake(UPPER_ALNUM, 24, 'dt-1')}.${fake(UPPER_ALNUM, 64, 'dt-2')}`], noMatch: [`${'dt0c01.'}short`, `${'dt0c01.'}${'x'.repeat(40)}`] },
};
