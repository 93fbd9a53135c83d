// True and false samples of src/scanners/secrets/rules/coinbase.ts, built when the tests run.
import { B64URL, fake } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'coinbase-api-secret': {
    match: [`COINBASE_API_SECRET=${fake(B64URL, 64, 'cb-1')}`],
    noMatch: ['COINBASE_API_URL=https://api.coinbase.com'],
  },
};
