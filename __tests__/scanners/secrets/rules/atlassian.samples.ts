// True and false samples of src/scanners/secrets/rules/atlassian.ts, built when the tests run.
import { ALNUM, B64URL, fake } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'atlassian-api-token': { match: [`JIRA_API_TOKEN=ATATT3${fake(B64URL, 186, 'atl-1')}`], noMatch: [`${'atatt3'}short`, `${'atatt3'}${'x'.repeat(40)}`] },
  'atlassian-legacy-api-token': {
    match: [`JIRA_API_TOKEN=${fake(ALNUM, 24, 'atl-2')}`],
    noMatch: ['JIRA_URL=https://acme.atlassian.net'],
  },
};
