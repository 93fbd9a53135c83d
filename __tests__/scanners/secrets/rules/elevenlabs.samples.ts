// True and false samples of src/scanners/secrets/rules/elevenlabs.ts, built when the tests run.
import { fake, HEX } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'elevenlabs-api-key': {
    match: [`ELEVENLABS_API_KEY=sk_${fake(HEX, 48, 'el-1')}`],
    noMatch: ['ELEVENLABS_MODEL=eleven_multilingual_v2'],
  },
};
