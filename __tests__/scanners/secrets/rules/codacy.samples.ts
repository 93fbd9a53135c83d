// True and false samples of src/scanners/secrets/rules/codacy.ts, built when the tests run.
import { ALNUM, fake, HEX } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'codacy-api-token': {
    match: [`export CODACY_PROJECT_TOKEN=${fake(HEX, 32, 'codacy-1')}`, `CODACY_API_TOKEN: "${fake(ALNUM, 20, 'codacy-2')}"`],
    noMatch: ['CODACY_API_TOKEN=<your account API token>', 'CODACY_ORGANIZATION_PROVIDER=gh', `CODACY_API_TOKEN=${fake(ALNUM, 26, 'codacy-3')}`],
  },
};
