// True and false samples of src/scanners/secrets/rules/buildkite.ts, built when the tests run.
import { fake, HEX } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'buildkite-token': {
    match: [`BUILDKITE_API_TOKEN=bkua_${fake(HEX, 40, 'bk-1')}`],
    noMatch: ['bkua_' + 'short'],
  },
};
