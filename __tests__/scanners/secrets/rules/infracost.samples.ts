// True and false samples of src/scanners/secrets/rules/infracost.ts, built when the tests run.
import { ALNUM, fake } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'infracost-api-key': {
    match: [`INFRACOST_API_KEY=ico-${fake(ALNUM, 32, 'ico-1')}`, `The CI key is ico-${fake(ALNUM, 32, 'ico-3')}.`],
    noMatch: [
      'ico-' + 'short',
      // An asset file name of the same shape.
      `<link rel="icon" href="/assets/ico-${fake(ALNUM, 32, 'ico-2')}.svg">`,
    ],
  },
};
