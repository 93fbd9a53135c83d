// True and false samples of src/scanners/secrets/rules/twilio.ts, built when the tests run.
import { fake, HEX } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'twilio-api-key': {
    match: [`TWILIO_API_KEY=SK${fake(HEX, 32, 'tw-1')}`, `client = Twilio('SK${fake(HEX, 32, 'tw-1b')}', api_secret)`],
    noMatch: ['twilio_sid = SK' + '0'.repeat(32), `twilio = ASK${fake(HEX, 32, 'tw-2')}`],
  },
  'twilio-auth-token': {
    match: [`TWILIO_AUTH_TOKEN=${fake(HEX, 32, 'tw-3')}`],
    noMatch: [`TWILIO_ACCOUNT_SID=AC${fake(HEX, 32, 'tw-4')}`],
    files: [
      {
        name: 'Twilio credentials: an auth token in config and an API key SID',
        path: 'config/twilio.yml',
        text: `twilio:\n  account_sid: AC${fake(HEX, 32, 'm-7')}\n  twilio_auth_token: ${fake(HEX, 32, 'm-8')}\n  api_key: SK${fake(HEX, 32, 'm-9')}\n`,
        findings: [
          ['twilio-auth-token', 3],
          ['twilio-api-key', 4],
        ],
      },
    ],
  },
  'twilio-account-credentials': {
    match: [`curl -u AC${fake(HEX, 32, 'tw-5')}:${fake(HEX, 32, 'tw-6')} https://api.twilio.com/2010-04-01/Accounts.json`],
    noMatch: [`curl -u AC${fake(HEX, 32, 'tw-7')}:$TWILIO_AUTH_TOKEN https://api.twilio.com`],
  },
};
