// True and false samples of src/scanners/secrets/rules/sentry.ts, built when the tests run.
import { B64, DIGITS, fake, HEX } from '../fake.js';
import type { RuleSamples } from './samples.js';

const b64json = (value: unknown): string => Buffer.from(JSON.stringify(value), 'utf8').toString('base64').replace(/=+$/, '');

export const SAMPLES: RuleSamples = {
  'sentry-dsn': {
    match: [`SENTRY_DSN=https://${fake(HEX, 32, 'sentry-1')}@o${fake(DIGITS, 6, 'sentry-2')}.ingest.us.sentry.io/${fake(DIGITS, 7, 'sentry-3')}`],
    noMatch: ['SENTRY_DSN=https://<key>@o0.ingest.sentry.io/0'],
    files: [
      {
        name: 'a DSN and a user auth token in .env',
        path: '.env',
        text: `SENTRY_DSN=https://${fake(HEX, 32, 's-3')}@o${fake(DIGITS, 6, 's-4')}.ingest.sentry.io/${fake(DIGITS, 7, 's-5')}\nSENTRY_AUTH_TOKEN=sntryu_${fake(HEX, 64, 's-6')}\n`,
        findings: [
          ['sentry-dsn', 1],
          ['sentry-user-token', 2],
        ],
      },
    ],
  },
  'sentry-org-token': {
    match: [
      `SENTRY_AUTH_TOKEN=sntrys_${b64json({ iat: 1700000000.5, url: 'https://sentry.io', region_url: 'https://us.sentry.io', org: 'acme' })}_${fake(B64, 43, 'sntrys-1')}`,
    ],
    noMatch: ['SENTRY_AUTH_TOKEN=sntrys_eyJ...'],
  },
  'sentry-user-token': { match: [`SENTRY_AUTH_TOKEN=sntryu_${fake(HEX, 64, 'sntryu-1')}`], noMatch: [`${'sntryu_'}short`, `${'sntryu_'}${'x'.repeat(40)}`] },
};
