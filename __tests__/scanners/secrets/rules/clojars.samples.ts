// True and false samples of src/scanners/secrets/rules/clojars.ts, built when the tests run.
import { fake, LOWER_ALNUM } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'clojars-token': {
    match: [`CLOJARS_PASSWORD=CLOJARS_${fake(LOWER_ALNUM, 60, 'clojars-1')}`],
    noMatch: ['CLOJARS_USERNAME=ci'],
  },
};
