// True and false samples of src/scanners/secrets/rules/sendgrid.ts, built when the tests run.
import { B64URL, fake } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'sendgrid-api-key': {
    match: [`SENDGRID_API_KEY=SG.${fake(B64URL, 22, 'sg-1')}.${fake(B64URL, 43, 'sg-2')}`],
    noMatch: ['SENDGRID_API_KEY=SG.xxxxx.yyyyy'],
  },
};
