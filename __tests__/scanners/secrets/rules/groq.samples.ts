// True and false samples of src/scanners/secrets/rules/groq.ts, built when the tests run.
import { ALNUM, fake } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'groq-api-key': {
    match: [`GROQ_API_KEY=gsk_${fake(ALNUM, 52, 'groq-1')}`],
    noMatch: ['GROQ_API_KEY=gsk_...'],
  },
};
