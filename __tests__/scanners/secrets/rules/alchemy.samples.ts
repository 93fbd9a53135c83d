// True and false samples of src/scanners/secrets/rules/alchemy.ts, built when the tests run.
import { ALNUM, fake } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'alchemy-access-token': {
    match: [`ALCHEMY_AUTH_TOKEN=alcht_${fake(ALNUM, 30, 'alchemy-1')}`, `headers: { Authorization: 'Bearer alcht_${fake(ALNUM, 30, 'alchemy-2')}' }`],
    noMatch: [`alcht_${fake(ALNUM, 20, 'alchemy-3')}`, `alcht_${'x'.repeat(30)}`],
  },
};
