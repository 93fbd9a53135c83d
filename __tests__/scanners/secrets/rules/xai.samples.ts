// True and false samples of src/scanners/secrets/rules/xai.ts, built when the tests run.
import { ALNUM, fake } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'xai-api-key': {
    match: [`XAI_API_KEY=xai-${fake(ALNUM, 80, 'xai-1')}`],
    noMatch: ['xai-' + 'grok-beta'],
  },
};
