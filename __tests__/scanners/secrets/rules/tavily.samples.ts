// True and false samples of src/scanners/secrets/rules/tavily.ts, built when the tests run.
import { ALNUM, fake } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'tavily-api-key': {
    match: [`TAVILY_API_KEY=tvly-${fake(ALNUM, 32, 'tvly-1')}`],
    noMatch: ['tvly-' + 'short'],
  },
};
