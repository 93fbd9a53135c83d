// True and false samples of src/scanners/secrets/rules/typeform.ts, built when the tests run.
import { B64URL, fake } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'typeform-pat': { match: [`TYPEFORM_TOKEN=tfp_${fake(B64URL, 59, 'tfp-1')}`], noMatch: [`${'tfp_'}short`, `${'tfp_'}${'x'.repeat(40)}`] },
};
