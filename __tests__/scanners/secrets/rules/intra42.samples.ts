// True and false samples of src/scanners/secrets/rules/intra42.ts, built when the tests run.
import { fake, HEX } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'intra42-client-secret': {
    match: [`s-s4t2ud-${fake(HEX, 64, 'intra-1')}`, `FT_CLIENT_SECRET="s-s4t2af-${fake(HEX, 64, 'intra-2')}"`],
    noMatch: [`s-s4t2ud-${fake(HEX, 40, 'intra-3')}`, `s-s4t2xx-${fake(HEX, 64, 'intra-4')}`, `s-s4t2ud-${'0'.repeat(64)}`],
  },
};
