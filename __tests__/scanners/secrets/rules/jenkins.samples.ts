// True and false samples of src/scanners/secrets/rules/jenkins.ts, built when the tests run.
import { fake, HEX } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'jenkins-api-token': {
    match: [`JENKINS_API_TOKEN=11${fake(HEX, 32, 'jenkins-1')}`],
    noMatch: ['JENKINS_URL=https://ci.corp'],
  },
};
