// True and false samples of src/scanners/secrets/rules/pinecone.ts, built when the tests run.
import { ALNUM, fake, fakeUuid } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'pinecone-api-key': {
    match: [`PINECONE_API_KEY=pcsk_${fake(ALNUM, 6, 'pc-1')}_${fake(ALNUM, 63, 'pc-2')}`],
    noMatch: ['PINECONE_API_KEY=pcsk_...'],
  },
  'pinecone-legacy-api-key': {
    match: [`PINECONE_API_KEY=${fakeUuid('pc-3')}`],
    noMatch: ['PINECONE_ENVIRONMENT=us-east1-gcp'],
  },
};
