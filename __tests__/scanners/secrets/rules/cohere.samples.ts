// True and false samples of src/scanners/secrets/rules/cohere.ts, built when the tests run.
import { ALNUM, fake } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'cohere-api-key': {
    match: [
      `COHERE_API_KEY=${fake(ALNUM, 40, 'cohere-1')}`,
      `cohere_key: "${fake(ALNUM, 40, 'cohere-2')}"`,
      `cohere secret key = ${fake(ALNUM, 40, 'cohere-3')}`,
    ],
    noMatch: ['COHERE_MODEL=command-r-plus', `COHERE_DATASET_ID=${fake(ALNUM, 40, 'cohere-4')}`],
    files: [
      {
        name: 'a Cohere key written as a note',
        path: 'notes/setup.txt',
        text: `reranker setup\ncohere secret key = ${fake(ALNUM, 40, 'ai-16')}\n`,
        findings: [['cohere-api-key', 2]],
      },
    ],
  },
};
