// True and false samples of src/scanners/secrets/rules/pagerduty.ts, built when the tests run.
import { B64URL, fake } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'pagerduty-api-key': {
    match: [`PAGERDUTY_API_TOKEN=u+${fake(B64URL, 18, 'pd-1')}`],
    noMatch: ['PAGERDUTY_SERVICE_ID=PABC123'],
  },
};
