// True and false samples of src/scanners/secrets/rules/truenas.ts, built when the tests run.
import { ALNUM, fake } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'truenas-api-key': {
    match: [
      `{"id": "1", "msg": "method", "method": "auth.login_with_api_key", "params": ["8-${fake(ALNUM, 64, 'truenas-1')}"]}`,
      `TRUENAS_API_KEY=12-${fake(ALNUM, 64, 'truenas-2')}`,
    ],
    noMatch: [
      `TRUENAS_API_KEY=12-${fake(ALNUM, 40, 'truenas-3')}`,
      `truenas: 1-${'a'.repeat(64)}`,
      `release 2-${fake(ALNUM, 64, 'truenas-4')}`,
    ],
  },
};
