// True and false samples of src/scanners/secrets/rules/gitea.ts, built when the tests run.
import { fake, HEX } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'gitea-token': {
    match: [`GITEA_TOKEN=${fake(HEX, 40, 'gitea-1')}`],
    noMatch: ['GITEA_URL=https://git.corp.internal'],
  },
};
