// True and false samples of src/scanners/secrets/rules/defined-networking.ts, built when the tests run.
import { fake, LOWER_ALNUM } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'defined-networking-token': {
    match: [`DN_API_KEY=dnkey-${fake(LOWER_ALNUM, 26, 'dn-1')}-${fake(LOWER_ALNUM, 52, 'dn-2')}`],
    noMatch: ['dnkey-' + 'short'],
  },
};
