// True and false samples of src/scanners/secrets/rules/airtable.ts, built when the tests run.
import { ALNUM, fake, HEX } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'airtable-pat': {
    match: [`AIRTABLE_TOKEN=pat${fake(ALNUM, 14, 'airtable-1')}.${fake(HEX, 64, 'airtable-2')}`],
    noMatch: ['AIRTABLE_BASE=pattern.matches'],
  },
};
