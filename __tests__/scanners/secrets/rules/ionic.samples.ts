// True and false samples of src/scanners/secrets/rules/ionic.ts, built when the tests run.
import { ALNUM, fake } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'ionic-personal-access-token': {
    match: [`IONIC_TOKEN=ion_${fake(ALNUM, 42, 'ionic-1')}`, `ionic login --token ion_${fake(ALNUM, 42, 'ionic-2')}`],
    noMatch: [`const session_${fake(ALNUM, 42, 'ionic-3')} = 1;`, `ion_${fake(ALNUM, 30, 'ionic-4')}`],
  },
};
