// True and false samples of src/scanners/secrets/rules/launchdarkly.ts, built when the tests run.
import { fakeUuid } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'launchdarkly-token': {
    match: [`# LaunchDarkly\nLD_SDK_KEY=sdk-${fakeUuid('ld-1')}`],
    noMatch: ['# LaunchDarkly\nLD_SDK_KEY=sdk-00000000-0000-0000-0000-000000000000'],
  },
};
