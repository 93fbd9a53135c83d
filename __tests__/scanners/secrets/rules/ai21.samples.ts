// True and false samples of src/scanners/secrets/rules/ai21.ts, built when the tests run.
import { fakeUuid } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'ai21-api-key': {
    match: [`AI21_API_KEY=${fakeUuid('ai21-1')}`, `ai21 = ${fakeUuid('ai21-2')}`, `"ai21_token": "${fakeUuid('ai21-3')}"`],
    noMatch: [`AI21_REQUEST_ID=${fakeUuid('ai21-4')}`, `request_id = "${fakeUuid('ai21-5')}"`, 'AI21_API_KEY=00000000-0000-0000-0000-000000000000'],
  },
};
