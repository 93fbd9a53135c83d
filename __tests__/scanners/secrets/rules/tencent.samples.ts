// True and false samples of src/scanners/secrets/rules/tencent.ts, built when the tests run.
import { ALNUM, fake } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'tencent-cloud-secret-id': {
    match: [`TENCENTCLOUD_SECRET_ID=AKID${fake(ALNUM, 32, 'tc-1')}`],
    noMatch: ['AKID' + 'short'],
  },
  'tencent-cloud-secret-key': {
    match: [`TENCENTCLOUD_SECRET_KEY=${fake(ALNUM, 32, 'tc-2')}`],
    noMatch: ['TENCENTCLOUD_SECRET_KEY=${TC_KEY}'],
  },
};
