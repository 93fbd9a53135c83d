// True and false samples of src/scanners/secrets/rules/beamer.ts, built when the tests run.
import { ALNUM, B64, B64URL, fake } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'beamer-api-key': {
    match: [`BEAMER_API_KEY=b_${fake(B64, 44, 'beamer-1')}`, `headers: { 'Beamer-Api-Key': 'b_${fake(B64URL, 44, 'beamer-2')}' }`],
    noMatch: [`BEAMER_PRODUCT_ID=${fake(ALNUM, 8, 'beamer-3')}`, `b_${fake(B64, 44, 'beamer-4')}`, `BEAMER_API_KEY=b_${fake(B64, 30, 'beamer-5')}`],
  },
};
