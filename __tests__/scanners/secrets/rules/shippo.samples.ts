// True and false samples of src/scanners/secrets/rules/shippo.ts, built when the tests run.
import { fake, HEX } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'shippo-api-token': { match: [`SHIPPO_API_KEY=shippo_live_${fake(HEX, 40, 'shippo-1')}`], noMatch: [`${'shippo_'}short`, `${'shippo_'}${'x'.repeat(40)}`] },
};
