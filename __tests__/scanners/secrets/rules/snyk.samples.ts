// True and false samples of src/scanners/secrets/rules/snyk.ts, built when the tests run.
import { fakeUuid } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'snyk-token': {
    match: [`SNYK_TOKEN=${fakeUuid('snyk-1')}`],
    noMatch: ['SNYK_TOKEN=${{ secrets.SNYK_TOKEN }}'],
    files: [
      {
        name: 'a literal Snyk token in a .env file',
        path: '.env',
        text: `SNYK_TOKEN=${fakeUuid('ci-10')}`,
        findings: [['snyk-token', 1]],
      },
    ],
  },
};
