// True and false samples of src/scanners/secrets/rules/postmark.ts, built when the tests run.
import { fake, fakeUuid, HEX } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'postmark-server-token': {
    match: [
      `POSTMARK_SERVER_TOKEN=${fakeUuid('postmark-1')}`,
      `curl https://api.postmarkapp.com/servers -H "X-Postmark-Account-Token: ${fakeUuid('postmark-2')}"`,
      `POSTMARK_SMTP_PASSWORD=${fakeUuid('postmark-3')}`,
    ],
    noMatch: [
      'POSTMARK_SERVER_TOKEN=POSTMARK_API_TEST',
      `POSTMARK_TEMPLATE_ID=${fakeUuid('postmark-4')}`,
      'POSTMARK_ACCOUNT_TOKEN=xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx',
      `POSTMARK_SERVER_TOKEN=${fake(HEX, 32, 'postmark-5')}`,
    ],
    files: [
      {
        name: 'an account token in an admin script',
        path: 'ops/list-servers.sh',
        text: `curl "https://api.postmarkapp.com/servers?count=50&offset=0" \\\n  -H "Accept: application/json" \\\n  -H "X-Postmark-Account-Token: ${fakeUuid('m-pm-1')}"\n`,
        findings: [['postmark-server-token', 3]],
      },
      {
        name: 'the SMTP password in .env, not the template ids',
        path: 'mailer/.env.production',
        text: `POSTMARK_SMTP_HOST=smtp.postmarkapp.com\nPOSTMARK_SMTP_PASSWORD=${fakeUuid('m-pm-2')}\nPOSTMARK_WELCOME_TEMPLATE_ID=${fakeUuid('m-pm-3')}\n`,
        findings: [['postmark-server-token', 2]],
      },
    ],
  },
};
