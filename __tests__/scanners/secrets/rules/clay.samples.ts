// True and false samples of src/scanners/secrets/rules/clay.ts, built when the tests run.
import { fake, HEX } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'clay-api-key': {
    match: [`CLAY_API_KEY=${fake(HEX, 20, 'clay-1')}`, `clay key: ${fake(HEX, 20, 'clay-2')}`],
    noMatch: [`CLAY_WORKSPACE_ID=${fake(HEX, 20, 'clay-3')}`, `claymore_key = "${fake(HEX, 20, 'clay-4')}"`, `CLAY_API_KEY=${fake(HEX, 24, 'clay-5')}`],
  },
};
