// True and false samples of src/scanners/secrets/rules/openrouter.ts, built when the tests run.
import { fake, HEX } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'openrouter-api-key': {
    match: [`OPENROUTER_API_KEY=sk-or-v1-${fake(HEX, 64, 'or-1')}`],
    noMatch: ['sk-or-v1-' + 'short'],
  },
};
