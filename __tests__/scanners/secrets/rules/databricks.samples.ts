// True and false samples of src/scanners/secrets/rules/databricks.ts, built when the tests run.
import { fake, HEX } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'databricks-token': {
    match: [`DATABRICKS_TOKEN=dapi${fake(HEX, 32, 'dbx-1')}`],
    noMatch: ['dapi' + '0'.repeat(32)],
  },
};
