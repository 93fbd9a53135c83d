// True and false samples of src/scanners/secrets/rules/thingsboard.ts, built when the tests run.
import { fake, LOWER_ALNUM } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'thingsboard-access-token': {
    match: [
      `curl -v -X POST https://thingsboard.cloud/api/v1/${fake(LOWER_ALNUM, 20, 'tb-1')}/telemetry --header Content-Type:application/json`,
      `coap-client -m post coap://coap.thingsboard.cloud/api/v1/${fake(LOWER_ALNUM, 20, 'tb-2')}/telemetry -f data.json`,
      `url: http://thingsboard.corp.internal:8080/api/v1/${fake(LOWER_ALNUM, 20, 'tb-3')}/attributes`,
    ],
    noMatch: [
      'curl -X POST https://thingsboard.cloud/api/v1/$ACCESS_TOKEN/telemetry',
      'https://thingsboard.cloud/api/v1/YOUR_ACCESS_TOKEN/telemetry',
      `https://thingsboard.cloud/api/v1/${fake(LOWER_ALNUM, 12, 'tb-4')}/telemetry`,
    ],
  },
};
