// True and false samples of src/scanners/secrets/rules/brevo.ts, built when the tests run.
import { ALNUM, fake, HEX } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'brevo-api-key': {
    match: [`BREVO_API_KEY=xkeysib-${fake(HEX, 64, 'brevo-1')}-${fake(ALNUM, 16, 'brevo-2')}`],
    noMatch: ['xkeysib-' + 'short'],
  },
};
