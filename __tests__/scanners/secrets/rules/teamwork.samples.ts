// True and false samples of src/scanners/secrets/rules/teamwork.ts, built when the tests run.
import { ALNUM, fake } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'teamwork-api-token': {
    match: [`TEAMWORK_TOKEN=tkn.v1_${fake(ALNUM, 71, 'teamwork-1')}=`, `Authorization: Bearer tkn.v1_${fake(ALNUM, 71, 'teamwork-2')}=`],
    noMatch: [`tkn.v1_${fake(ALNUM, 40, 'teamwork-3')}=`, `tkn.v1_${'A'.repeat(71)}=`],
  },
};
