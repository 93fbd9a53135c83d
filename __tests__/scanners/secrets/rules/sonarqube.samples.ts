// True and false samples of src/scanners/secrets/rules/sonarqube.ts, built when the tests run.
import { fake, HEX } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'sonarqube-token': {
    match: [`sonar.token=squ_${fake(HEX, 40, 'sonar-1')}`, `SONAR_TOKEN=sqp_${fake(HEX, 40, 'sonar-2')}`],
    noMatch: ['sqp_' + 'short'],
  },
  'sonarqube-legacy-token': {
    match: [`sonar.login=${fake(HEX, 40, 'sonar-3')}`],
    noMatch: ['sonar.host.url=https://sonarcloud.io'],
  },
};
