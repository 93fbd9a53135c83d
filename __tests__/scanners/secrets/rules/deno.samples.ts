// True and false samples of src/scanners/secrets/rules/deno.ts, built when the tests run.
import { ALNUM, fake } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'deno-deploy-token': {
    match: [`deployctl deploy --project=web main.ts --token ddp_${fake(ALNUM, 36, 'deno-1')}`, `DENO_DEPLOY_TOKEN=ddp_${fake(ALNUM, 36, 'deno-2')}`],
    noMatch: [`ddp_${fake(ALNUM, 20, 'deno-3')}`, `addp_${fake(ALNUM, 36, 'deno-4')}`],
  },
  'deno-deploy-organization-token': {
    match: [`DENO_DEPLOY_TOKEN=ddw_${fake(ALNUM, 36, 'deno-5')}`],
    noMatch: [`ddw_${fake(ALNUM, 30, 'deno-6')}`, `ddw_${'0'.repeat(36)}`],
  },
};
