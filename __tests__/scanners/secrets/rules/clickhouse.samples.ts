// True and false samples of src/scanners/secrets/rules/clickhouse.ts, built when the tests run.
import { ALNUM, fake } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'clickhouse-cloud-secret': { match: [`CLICKHOUSE_KEY_SECRET=4b1d${fake(ALNUM, 38, 'ch-1')}`], noMatch: [`${'4b1d'}short`, `${'4b1d'}${'x'.repeat(40)}`] },
};
