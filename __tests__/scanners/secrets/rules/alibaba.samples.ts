// True and false samples of src/scanners/secrets/rules/alibaba.ts, built when the tests run.
import { ALNUM, fake } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'alibaba-access-key-id': {
    match: [`ALIBABA_CLOUD_ACCESS_KEY_ID=LTAI${fake(ALNUM, 20, 'ali-1')}`],
    noMatch: ['LTAI' + 'short'],
  },
  'alibaba-access-key-secret': {
    match: [`ALIBABA_CLOUD_ACCESS_KEY_SECRET=${fake(ALNUM, 30, 'ali-2')}`],
    noMatch: ['ALIBABA_CLOUD_REGION=cn-hangzhou'],
  },
};
