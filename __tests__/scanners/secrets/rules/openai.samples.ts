// True and false samples of src/scanners/secrets/rules/openai.ts, built when the tests run.
import { ALNUM, B64URL, fake } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'openai-api-key': {
    match: [`openai.api_key = "sk-${fake(ALNUM, 20, 'oai-1')}T3BlbkFJ${fake(ALNUM, 20, 'oai-2')}"`],
    noMatch: ['openai.api_key = "sk-...T3BlbkFJ..."'],
  },
  'openai-project-key': {
    match: [
      `OPENAI_API_KEY=sk-proj-${fake(B64URL, 74, 'oaip-1')}T3BlbkFJ${fake(B64URL, 74, 'oaip-2')}`,
      `client = OpenAI(api_key="sk-svcacct-${fake(B64URL, 58, 'oaip-3')}T3BlbkFJ${fake(B64URL, 58, 'oaip-4')}")`,
      `OPENAI_API_KEY=sk-None-${fake(B64URL, 70, 'oaip-5')}T3BlbkFJ${fake(B64URL, 70, 'oaip-6')}`,
    ],
    noMatch: [
      'OPENAI_API_KEY=sk-proj-...',
      'OPENAI_API_KEY=sk-proj-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      // Without OpenAI's mark, or with it but too little on one side: look-alikes.
      `OPENAI_API_KEY=sk-proj-${fake(B64URL, 120, 'oaip-7')}`,
      `ADMIN_KEY=sk-admin-${fake(ALNUM, 5, 'oaip-8')}T3BlbkFJ${fake(B64URL, 60, 'oaip-9')}`,
    ],
  },
};
