// True and false samples of src/scanners/secrets/rules/ibm.ts, built when the tests run.
import { B64URL, fake } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'ibm-cloud-api-key': {
    match: [`IBMCLOUD_API_KEY=${fake(B64URL, 44, 'ibm-1')}`],
    noMatch: ['IBMCLOUD_API_KEY=${IBM_KEY}'],
  },
};
