// True and false samples of src/scanners/secrets/rules/deepl.ts, built when the tests run.
import { fakeUuid } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'deepl-api-key': {
    match: [
      `curl -X POST https://api-free.deepl.com/v2/translate -H "Authorization: DeepL-Auth-Key ${fakeUuid('deepl-1')}:fx"`,
      `DEEPL_API_KEY=${fakeUuid('deepl-2')}:fx`,
    ],
    noMatch: ['DeepL-Auth-Key ${DEEPL_KEY}', `SOME_UUID=${fakeUuid('deepl-3')}:fx`, 'DEEPL_API_KEY=00000000-0000-0000-0000-000000000000:fx'],
  },
};
