// True and false samples of src/scanners/secrets/rules/branchio.ts, built when the tests run.
import { ALNUM, fake } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'branchio-key': {
    match: [`branch.init("key_live_${fake(ALNUM, 32, 'branch-1')}");`, `<key>branch_key</key>\n<string>key_test_${fake(ALNUM, 32, 'branch-2')}</string>`],
    noMatch: [`pkey_live_${fake(ALNUM, 32, 'branch-3')}`, `key_live_${fake(ALNUM, 24, 'branch-4')}`, 'key_live_or_test'],
  },
};
