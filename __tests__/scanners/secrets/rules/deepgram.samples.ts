// True and false samples of src/scanners/secrets/rules/deepgram.ts, built when the tests run.
import { fake, HEX } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'deepgram-api-key': {
    match: [`DEEPGRAM_API_KEY=${fake(HEX, 40, 'dg-1')}`, `deepgram-api: ${fake(HEX, 40, 'dg-2')}`, `deepgram = "${fake(HEX, 40, 'dg-3')}"`],
    noMatch: ['DEEPGRAM_MODEL=nova-2', `deepgram_sdk_commit_sha = ${fake(HEX, 40, 'dg-4')}`, `DEEPGRAM_PROJECT_ID=${fake(HEX, 40, 'dg-5')}`],
  },
};
