// True and false samples of src/scanners/secrets/rules/mailchimp.ts, built when the tests run.
import { fake, HEX } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'mailchimp-api-key': {
    match: [`MAILCHIMP_API_KEY=${fake(HEX, 32, 'mc-1')}-us21`],
    noMatch: ['lang = en-us', `${'0'.repeat(32)}-us1`],
    files: [
      {
        name: 'a language tag next to hex is not a Mailchimp key',
        path: 'index.html',
        text: `<html lang="en-us" data-build="${fake(HEX, 32, 'm-19')}">`,
        findings: [],
      },
    ],
  },
};
