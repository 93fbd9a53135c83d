// True and false samples of src/scanners/secrets/rules/intercom.ts, built when the tests run.
import { B64URL, fake } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'intercom-access-token': {
    match: [`INTERCOM_ACCESS_TOKEN=${fake(B64URL, 60, 'intercom-1')}`],
    noMatch: ['INTERCOM_APP_ID=abc123'],
  },
};
