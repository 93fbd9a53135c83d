// True and false samples of src/scanners/secrets/rules/duffel.ts, built when the tests run.
import { B64URL, fake } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'duffel-api-token': { match: [`DUFFEL_ACCESS_TOKEN=duffel_live_${fake(B64URL, 43, 'duffel-1')}`], noMatch: [`${'duffel_'}short`, `${'duffel_'}${'x'.repeat(40)}`] },
};
