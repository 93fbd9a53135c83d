// True and false samples of src/scanners/secrets/rules/frameio.ts, built when the tests run.
import { B64URL, fake } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'frameio-api-token': { match: [`FRAMEIO_TOKEN=fio-u-${fake(B64URL, 64, 'fio-1')}`], noMatch: [`${'fio-u-'}short`, `${'fio-u-'}${'x'.repeat(40)}`] },
};
