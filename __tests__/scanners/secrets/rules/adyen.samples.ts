// True and false samples of src/scanners/secrets/rules/adyen.ts, built when the tests run.
import { B64, fake } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'adyen-api-key': {
    match: [`ADYEN_API_KEY=AQE${fake(B64, 140, 'adyen-1')}`],
    noMatch: ['ADYEN_MERCHANT_ACCOUNT=AcmeECOM'],
  },
};
