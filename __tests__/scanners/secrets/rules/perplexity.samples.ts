// True and false samples of src/scanners/secrets/rules/perplexity.ts, built when the tests run.
import { ALNUM, fake } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'perplexity-api-key': {
    match: [`PPLX_API_KEY=pplx-${fake(ALNUM, 48, 'pplx-1')}`],
    noMatch: ['pplx-' + 'short'],
  },
};
