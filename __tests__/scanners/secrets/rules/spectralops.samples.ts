// True and false samples of src/scanners/secrets/rules/spectralops.ts, built when the tests run.
import { fake, HEX, LOWER_ALNUM } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'spectralops-api-key': {
    match: [`SPECTRAL_DSN=${'spu-'}${fake(HEX, 32, 'spectral-1')}`, `Authorization: Bearer ${'spu-'}${fake(LOWER_ALNUM, 32, 'spectral-2')}`],
    noMatch: [`${'spu-'}${fake(HEX, 38, 'spectral-3')}`, `${'spu-'}${'1'.repeat(32)}`, 'spu-main-create.png'],
  },
};
