// True and false samples of src/scanners/secrets/rules/facebook.ts, built when the tests run.
import { ALNUM, B64URL, DIGITS, fake, HEX } from '../fake.js';
import type { RuleSamples } from './samples.js';

const digits = (n: number, seed: string): string => String(1 + (Number.parseInt(fake(DIGITS, 6, seed), 10) % 9)) + fake(DIGITS, n - 1, seed + 'd');

/** Digits led by a 7, for the ids in the whole-file samples. */
const digits7 = (n: number, seed: string): string => `7${fake(DIGITS, n - 1, seed)}`;

export const SAMPLES: RuleSamples = {
  'facebook-access-token': {
    match: [`FB_PAGE_TOKEN=EAAC${fake(ALNUM, 180, 'fb-1')}`],
    noMatch: ['EAAC' + 'short'],
  },
  'facebook-app-access-token': {
    match: [
      `facebook ${digits(16, 'fbat-1')}|${fake(B64URL, 27, 'fbat-2')}`,
      `curl "https://graph.facebook.com/v19.0/me?access_token=${digits(15, 'fbat-3')}%7C${fake(HEX, 32, 'fbat-4')}"`,
    ],
    noMatch: [`row ${digits(16, 'fbat-5')}|${fake(B64URL, 27, 'fbat-6')}`, `facebook ${digits(16, 'fbat-7')}|${'a'.repeat(27)}`],
    files: [
      {
        name: 'a Facebook app access token (app id | secret) in a Graph API call',
        path: 'src/fb.js',
        text: `const url = 'https://graph.facebook.com/debug_token?access_token=${digits7(16, 'm-24')}|${fake(HEX, 32, 'm-25')}';`,
        findings: [['facebook-app-access-token', 1]],
      },
      {
        name: 'a pipe-separated data row is not an app access token',
        path: 'data/rows.psv',
        text: `${digits7(16, 'm-26')}|${fake(B64URL, 30, 'm-27')}|2024-01-01`,
        findings: [],
      },
    ],
  },
  'facebook-app-secret': {
    match: [`FACEBOOK_APP_SECRET=${fake(HEX, 32, 'fb-2')}`],
    noMatch: ['FACEBOOK_APP_ID=1234567890'],
  },
};
