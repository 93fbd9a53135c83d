// True and false samples of src/scanners/secrets/rules/builderio.ts, built when the tests run.
import { fake, HEX } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'builderio-private-key': { match: [`BUILDER_PRIVATE_KEY=bpk-${fake(HEX, 32, 'builder-1')}`], noMatch: [`${'bpk-'}short`, `${'bpk-'}${'x'.repeat(40)}`] },
};
