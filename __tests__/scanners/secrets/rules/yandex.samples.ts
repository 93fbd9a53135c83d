// True and false samples of src/scanners/secrets/rules/yandex.ts, built when the tests run.
import { B64URL, fake } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'yandex-cloud-api-key': {
    match: [`YC_API_KEY=AQVN${fake(B64URL, 36, 'yc-1')}`],
    noMatch: ['AQVN' + 'short'],
  },
  'yandex-cloud-static-key': {
    match: [`yandex_storage_secret_key = "YC${fake(B64URL, 38, 'yc-2')}"`],
    noMatch: ['yandex_zone = "ru-central1-a"'],
  },
};
