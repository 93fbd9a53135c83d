// True and false samples of src/scanners/secrets/rules/planetscale.ts, built when the tests run.
import { B64URL, fake } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'planetscale-password': {
    match: [`DATABASE_PASSWORD=pscale_pw_${fake(B64URL, 43, 'pscale-1')}`],
    noMatch: ['pscale_pw_' + 'short'],
  },
  'planetscale-token': {
    match: [`PLANETSCALE_SERVICE_TOKEN=pscale_tkn_${fake(B64URL, 43, 'pscale-2')}`],
    noMatch: ['pscale_tkn_' + 'short'],
  },
};
