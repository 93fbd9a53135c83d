// True and false samples of src/scanners/secrets/rules/harness.ts, built when the tests run.
import { ALNUM, B64URL, fake } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'harness-access-token': {
    match: [`HARNESS_API_KEY=pat.${fake(B64URL, 22, 'harness-1')}.${fake(ALNUM, 24, 'harness-2')}.${fake(ALNUM, 20, 'harness-3')}`],
    noMatch: ['pat.short.x.y'],
  },
};
