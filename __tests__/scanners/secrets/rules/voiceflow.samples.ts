// True and false samples of src/scanners/secrets/rules/voiceflow.ts, built when the tests run.
import { ALNUM, fake, HEX } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'voiceflow-api-key': {
    match: [
      `VOICEFLOW_API_KEY=VF.DM.${fake(HEX, 24, 'vf-1')}.${fake(ALNUM, 16, 'vf-2')}`,
      `const key = 'VF.WS.${fake(HEX, 24, 'vf-3')}.${fake(ALNUM, 16, 'vf-4')}';`,
      `VF.${fake(HEX, 24, 'vf-5')}.${fake(ALNUM, 16, 'vf-6')}`,
    ],
    noMatch: [`VF.DM.${fake(HEX, 20, 'vf-7')}.${fake(ALNUM, 16, 'vf-8')}`, 'VF.DM.YOUR_API_KEY', `my.VF.${fake(HEX, 24, 'vf-9')}.${fake(ALNUM, 16, 'vf-10')}x`],
  },
};
