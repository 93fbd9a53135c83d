// True and false samples of src/scanners/secrets/rules/env-files.ts, built when the tests run.
import { ALNUM, B64, fake } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'env-file-random-value': {
    path: 'services/api/.env',
    match: [`mimi=${fake(B64, 40, 'env-1')}`, `export SESSION_SEAL="${fake(ALNUM, 32, 'env-2')}"`],
    noMatch: [
      'NEXT_PUBLIC_ANALYTICS_KEY=pk_a8F3kd92LmQx7Zt4Wp1Rs6Vb',
      `GOOGLE_CLIENT_ID=${fake(ALNUM, 24, 'env-3')}`,
      'GIT_COMMIT_SHA=3f9a8c1d2e7b6a5f4c3d2e1f0a9b8c7d6e5f4a3b',
      'LOG_FORMAT=JsonLayoutWithTimestamps',
      'STRIPE_PRO_PRICE=price_1NXbCdEfGhIjKlMnOpQrStUv',
      'DATABASE_URL=postgres://app@db:5432/app',
      'API_TOKEN=${API_TOKEN}',
    ],
  },
};
