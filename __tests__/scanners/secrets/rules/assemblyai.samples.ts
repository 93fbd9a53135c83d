// True and false samples of src/scanners/secrets/rules/assemblyai.ts, built when the tests run.
import { fake, HEX } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'assemblyai-api-key': {
    match: [`ASSEMBLYAI_API_KEY=${fake(HEX, 32, 'aai-1')}`, `assemblyai = ${fake(HEX, 32, 'aai-2')}`, `assemblyai_token: "${fake(HEX, 32, 'aai-3')}"`],
    noMatch: ['ASSEMBLYAI_REGION=eu', `ASSEMBLYAI_TRANSCRIPT_ID=${fake(HEX, 32, 'aai-4')}`],
  },
};
