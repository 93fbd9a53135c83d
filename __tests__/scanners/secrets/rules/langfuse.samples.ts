// True and false samples of src/scanners/secrets/rules/langfuse.ts, built when the tests run.
import { fakeUuid } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'langfuse-secret-key': {
    match: [`LANGFUSE_SECRET_KEY=sk-lf-${fakeUuid('lf-1')}`],
    noMatch: ['LANGFUSE_PUBLIC_KEY=pk-lf-00000000'],
  },
};
