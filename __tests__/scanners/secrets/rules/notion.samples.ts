// True and false samples of src/scanners/secrets/rules/notion.ts, built when the tests run.
import { ALNUM, DIGITS, fake } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'notion-api-token': { match: [`NOTION_TOKEN=ntn_${fake(DIGITS, 11, 'notion-1')}${fake(ALNUM, 35, 'notion-2')}`], noMatch: [`${'ntn_'}short`, `${'ntn_'}${'x'.repeat(40)}`] },
  'notion-legacy-token': {
    match: [`NOTION_API_KEY=secret_${fake(ALNUM, 43, 'notion-3')}`],
    noMatch: ['secret_key_base = nil', `secret_${fake(ALNUM, 20, 'notion-4')}`],
  },
};
