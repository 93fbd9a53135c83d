// True and false samples of src/scanners/secrets/rules/flyio.ts, built when the tests run.
import { ALNUM, B64, B64URL, fake } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'flyio-access-token': {
    match: [`FLY_API_TOKEN=fo1_${fake(B64URL, 43, 'fly-1')}`, `FLY_API_TOKEN="FlyV1 fm2_${fake(B64, 300, 'fly-2')}"`],
    noMatch: [
      'fo1_' + 'short',
      // The prefix inside a longer token, on either side.
      `id: ${fake(ALNUM, 12, 'fly-3')}fo1_${fake(B64URL, 43, 'fly-4')}`,
      `id: fo1_${fake(B64URL, 43, 'fly-5')}${fake(ALNUM, 8, 'fly-6')}`,
    ],
  },
};
