// True and false samples of src/scanners/secrets/rules/easypost.ts, built when the tests run.
import { ALNUM, fake } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'easypost-api-key': {
    match: [`EASYPOST_API_KEY=EZAK${fake(ALNUM, 54, 'easypost-1')}`, `https://api.example.com/labels?key=EZTK${fake(ALNUM, 54, 'easypost-2')}&carrier=usps`],
    noMatch: ['EZTKshort', `EZTK${fake(ALNUM, 60, 'easypost-3')}`, `EZTK${'x'.repeat(54)}`],
    files: [
      {
        name: 'test-mode keys (EZTK) as well as production keys (EZAK)',
        path: 'shipping/settings.py',
        text: `EASYPOST_TEST_KEY = "EZTK${fake(ALNUM, 54, 's-ezp-1')}"\nEASYPOST_KEY = "EZAK${fake(ALNUM, 54, 's-ezp-2')}"\n`,
        findings: [
          ['easypost-api-key', 1],
          ['easypost-api-key', 2],
        ],
      },
    ],
  },
};
