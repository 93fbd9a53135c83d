// True and false samples of src/scanners/secrets/rules/pulumi.ts, built when the tests run.
import { fake, HEX } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'pulumi-access-token': {
    match: [`PULUMI_ACCESS_TOKEN=pul-${fake(HEX, 40, 'pulumi-1')}`],
    noMatch: ['pul-' + 'short'],
  },
};
