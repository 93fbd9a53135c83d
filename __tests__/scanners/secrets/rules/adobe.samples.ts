// True and false samples of src/scanners/secrets/rules/adobe.ts, built when the tests run.
import { ALNUM, fake } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'adobe-client-secret': { match: [`ADOBE_CLIENT_SECRET=p8e-${fake(ALNUM, 32, 'adobe-1')}`], noMatch: [`${'p8e-'}short`, `${'p8e-'}${'x'.repeat(40)}`] },
};
