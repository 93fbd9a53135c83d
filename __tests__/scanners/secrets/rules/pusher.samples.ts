// True and false samples of src/scanners/secrets/rules/pusher.ts, built when the tests run.
import { fake, HEX } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'pusher-secret': {
    match: [`PUSHER_APP_SECRET=${fake(HEX, 20, 'pusher-1')}`],
    noMatch: ['PUSHER_APP_CLUSTER=eu'],
  },
};
