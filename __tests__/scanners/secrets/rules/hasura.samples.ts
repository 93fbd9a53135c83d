// True and false samples of src/scanners/secrets/rules/hasura.ts, built when the tests run.
import { ALNUM, fake } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'hasura-admin-secret': {
    match: [`HASURA_GRAPHQL_ADMIN_SECRET=${fake(ALNUM, 64, 'hasura-1')}`, `x-hasura-admin-secret: ${fake(ALNUM, 64, 'hasura-2')}`, `hasura key: ${fake(ALNUM, 64, 'hasura-3')}`],
    noMatch: [
      'HASURA_GRAPHQL_ADMIN_SECRET=myadminsecretkey',
      `HASURA_GRAPHQL_ADMIN_SECRET=${fake(ALNUM, 40, 'hasura-4')}`,
      `HASURA_PROJECT_ID=${fake(ALNUM, 64, 'hasura-5')}`,
      `HASURA_GRAPHQL_ADMIN_SECRET=${'x'.repeat(64)}`,
    ],
  },
};
