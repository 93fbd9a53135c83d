// True and false samples of src/scanners/secrets/rules/bitbucket.ts, built when the tests run.
import { ALNUM, B64URL, DIGITS, fake, HEX } from '../fake.js';
import type { RuleSamples } from './samples.js';

/** A Bitbucket Data Center HTTP access token: `BBDC-` and the base64 of `<12-digit id>:<20 random bytes>`. */
function bitbucketDataCenterToken(seed: string): string {
  return 'BBDC-' + Buffer.concat([Buffer.from(`${fake(DIGITS, 12, seed)}:`), Buffer.from(fake(HEX, 40, seed + 'r'), 'hex')]).toString('base64');
}

export const SAMPLES: RuleSamples = {
  'bitbucket-app-password': {
    match: [`git remote add origin https://ci-bot:ATBB${fake(ALNUM, 32, 'atbb-1')}@bitbucket.org/acme/app.git`],
    noMatch: ['ATBB' + 'short'],
    files: [
      {
        name: 'a Bitbucket app password in a clone URL',
        path: 'scripts/bootstrap.sh',
        text: `git clone https://builder:ATBB${fake(ALNUM, 32, 'sh-8')}@bitbucket.org/acme/infra.git`,
        findings: [['bitbucket-app-password', 1]],
      },
    ],
  },
  'bitbucket-client-secret': {
    match: [`BITBUCKET_CLIENT_SECRET=${fake(B64URL, 64, 'bb-1')}`],
    noMatch: ['BITBUCKET_WORKSPACE=acme'],
  },
  'bitbucket-data-center-token': {
    match: [`git -c http.extraHeader="Authorization: Bearer ${bitbucketDataCenterToken('bbdc-1')}" clone https://bitbucket.corp.internal/scm/ops/deploy.git`],
    noMatch: [`BBDC-${fake(ALNUM, 44, 'bbdc-2')}`, `BBDC-${Buffer.from(`user:${fake(HEX, 54, 'bbdc-3')}`).toString('base64').slice(0, 44)}`],
    files: [
      {
        name: 'a Bitbucket Data Center HTTP access token in a CI credentials file',
        path: 'ci/credentials.yml',
        text: `bitbucket:\n  url: https://bitbucket.corp.internal\n  project: OPS\n  token: BBDC-${Buffer.concat([Buffer.from(`${fake(DIGITS, 12, 'sh-9')}:`), Buffer.from(fake(HEX, 40, 'sh-10'), 'hex')]).toString('base64')}\n`,
        findings: [['bitbucket-data-center-token', 4]],
      },
    ],
  },
};
