// True and false samples of src/scanners/secrets/rules/scalingo.ts, built when the tests run.
import { B64URL, fake } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'scalingo-token': {
    match: [`SCALINGO_API_TOKEN=tk-us-${fake(B64URL, 48, 'scalingo-1')}`],
    noMatch: ['tk-us-' + 'short'],
  },
};
