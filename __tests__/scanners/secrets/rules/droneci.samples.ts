// True and false samples of src/scanners/secrets/rules/droneci.ts, built when the tests run.
import { ALNUM, fake } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'droneci-token': {
    match: [`DRONE_TOKEN=${fake(ALNUM, 32, 'drone-1')}`],
    noMatch: ['DRONE_SERVER=https://drone.corp'],
  },
};
