// True and false samples of src/scanners/secrets/rules/deepseek.ts, built when the tests run.
import { fake, HEX } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'deepseek-api-key': {
    match: [`DEEPSEEK_API_KEY=sk-${fake(HEX, 32, 'ds-1')}`],
    noMatch: ['DEEPSEEK_BASE_URL=https://api.deepseek.com'],
  },
};
