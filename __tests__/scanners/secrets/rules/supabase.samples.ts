// True and false samples of src/scanners/secrets/rules/supabase.ts, built when the tests run.
import { fake, HEX } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'supabase-access-token': {
    match: [`SUPABASE_ACCESS_TOKEN=sbp_${fake(HEX, 40, 'sbp-1')}`],
    noMatch: ['sbp_' + 'short'],
  },
};
