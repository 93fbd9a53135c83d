// True and false samples of src/scanners/secrets/rules/photoroom.ts, built when the tests run.
import { fake, HEX } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'photoroom-api-key': {
    match: [`PHOTOROOM_API_KEY=${'sk_pr_'}default_${fake(HEX, 40, 'photoroom-1')}`, `x-api-key: ${'sandbox_sk_pr_'}mykey_${fake(HEX, 40, 'photoroom-2')}`],
    noMatch: [`${'sk_pr_'}default_${fake(HEX, 30, 'photoroom-3')}`, `${'sk_pr_'}my_key_${fake(HEX, 40, 'photoroom-4')}`, `${'sk_pr_'}default_${'0'.repeat(40)}`],
  },
};
