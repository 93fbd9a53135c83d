// True and false samples of src/scanners/secrets/rules/gocardless.ts, built when the tests run.
import { B64URL, fake } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'gocardless-api-token': {
    match: [`GOCARDLESS_ACCESS_TOKEN=live_${fake(B64URL, 40, 'gc-1')}`],
    noMatch: ['GOCARDLESS_ENVIRONMENT=live'],
  },
};
