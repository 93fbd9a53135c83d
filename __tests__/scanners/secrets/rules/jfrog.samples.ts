// True and false samples of src/scanners/secrets/rules/jfrog.ts, built when the tests run.
import { ALNUM, fake, LOWER_ALNUM } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'artifactory-api-key': {
    match: [`ARTIFACTORY_API_KEY=AKCp${fake(ALNUM, 69, 'akcp-1')}`],
    noMatch: ['AKCp' + 'short'],
  },
  'artifactory-reference-token': {
    match: [`JFROG_ACCESS_TOKEN=cmVmd${fake(ALNUM, 59, 'cmvmd-1')}`],
    noMatch: ['cmVmd' + 'short'],
  },
  'jfrog-access-token': {
    match: [`JFROG_IDENTITY_TOKEN=${fake(LOWER_ALNUM, 64, 'jfrog-1')}`],
    noMatch: ['ARTIFACTORY_URL=https://corp.jfrog.io'],
  },
};
