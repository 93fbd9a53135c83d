// True and false samples of src/scanners/secrets/rules/firecrawl.ts, built when the tests run.
import { fake, HEX } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'firecrawl-api-key': {
    match: [`FIRECRAWL_API_KEY=fc-${fake(HEX, 32, 'fc-1')}`],
    noMatch: ['fc-' + 'short'],
  },
};
