// True and false samples of src/scanners/secrets/rules/mailgun.ts, built when the tests run.
import { fake, HEX, LOWER_ALNUM } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'mailgun-api-key': {
    match: [`MAILGUN_API_KEY=key-${fake(HEX, 32, 'mg-1')}`, `MAILGUN_API_KEY=${fake(HEX, 32, 'mg-2')}-${fake(HEX, 8, 'mg-3')}-${fake(HEX, 8, 'mg-4')}`],
    noMatch: ['MAILGUN_DOMAIN=mg.corp.internal'],
  },
  'mailgun-key-near-mailgun': {
    match: [`mailgun send --key key-${fake(LOWER_ALNUM, 32, 'mgn-1')} --to ops@corp.internal`, `# mailgun\n'${fake(HEX, 32, 'mgn-2')}-${fake(HEX, 8, 'mgn-3')}-${fake(HEX, 8, 'mgn-4')}'`],
    noMatch: [`key-${fake(LOWER_ALNUM, 32, 'mgn-5')} (mailgun is mentioned only after it)`, `mailgun\n${'x'.repeat(400)}\nkey-${fake(LOWER_ALNUM, 32, 'mgn-6')}`],
  },
};
