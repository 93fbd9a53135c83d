// True and false samples of src/scanners/secrets/rules/vercel.ts, built when the tests run.
import { ALNUM, fake } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'vercel-prefixed-token': {
    match: [`VERCEL_TOKEN=vcp_${fake(ALNUM, 56, 'vercel-1')}`, `token: "vca_${fake(ALNUM, 56, 'vercel-2')}"`],
    noMatch: ['vcp_short', 'my_vcp_setting', `avcp_${fake(ALNUM, 56, 'vercel-3')}`],
  },
  'vercel-token': {
    match: [`VERCEL_TOKEN=${fake(ALNUM, 24, 'vercel-1')}`],
    noMatch: ['VERCEL_ORG_ID=team_acme'],
  },
};
