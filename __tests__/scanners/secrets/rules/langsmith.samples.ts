// True and false samples of src/scanners/secrets/rules/langsmith.ts, built when the tests run.
import { fake, HEX } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'langsmith-api-key': {
    match: [`LANGCHAIN_API_KEY=lsv2_pt_${fake(HEX, 32, 'ls-1')}_${fake(HEX, 10, 'ls-2')}`],
    noMatch: ['lsv2_pt_' + 'short'],
  },
};
