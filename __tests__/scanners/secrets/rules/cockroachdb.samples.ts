// True and false samples of src/scanners/secrets/rules/cockroachdb.ts, built when the tests run.
import { ALNUM, fake } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'cockroachdb-cloud-api-key': {
    match: [`export COCKROACH_API_KEY=CCDB1_${fake(ALNUM, 22, 'ccdb-1')}_${fake(ALNUM, 40, 'ccdb-2')}`],
    noMatch: [`CCDB1_${fake(ALNUM, 22, 'ccdb-3')}_${fake(ALNUM, 30, 'ccdb-4')}`, `CCDB1_${'x'.repeat(22)}_${'y'.repeat(40)}`],
  },
};
