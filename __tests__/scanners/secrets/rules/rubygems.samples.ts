// True and false samples of src/scanners/secrets/rules/rubygems.ts, built when the tests run.
import { fake, HEX } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'rubygems-api-key': {
    match: [`:rubygems_api_key: rubygems_${fake(HEX, 48, 'gem-1')}`],
    noMatch: ['rubygems_' + 'short'],
  },
};
