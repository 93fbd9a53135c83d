// True and false samples of src/scanners/secrets/rules/together.ts, built when the tests run.
import { fake, HEX } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'together-api-key': {
    match: [`TOGETHER_API_KEY=${fake(HEX, 64, 'together-1')}`],
    noMatch: ['TOGETHER_MODEL=meta-llama/Llama-3-70b'],
  },
};
