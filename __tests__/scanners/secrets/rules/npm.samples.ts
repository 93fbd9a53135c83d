// True and false samples of src/scanners/secrets/rules/npm.ts, built when the tests run.
import { ALNUM, B64URL, checksummedToken, fake, fakeUuid } from '../fake.js';
import type { RuleSamples } from './samples.js';

const b64 = (s: string): string => Buffer.from(s, 'utf8').toString('base64');

export const SAMPLES: RuleSamples = {
  'npm-access-token': {
    match: [`//registry.npmjs.org/:_authToken=${checksummedToken('npm_', 'npm-1')}`, `NPM_TOKEN=${checksummedToken('npm_', 'npm-2')}`],
    noMatch: ['NPM_TOKEN=npm_' + 'x'.repeat(36), `npm_${fake(ALNUM, 20, 'npm-3')}`],
  },
  'npmrc-auth-token': {
    match: [`//npm.pkg.github.com/:_authToken=${fakeUuid('npmrc-1')}`, `//corp.jfrog.io/api/npm/npm/:_authToken="${fake(B64URL, 64, 'npmrc-2')}"`],
    noMatch: ['//registry.npmjs.org/:_authToken=${NPM_TOKEN}', '//registry.npmjs.org/:_authToken=<token>'],
  },
  'npmrc-auth': {
    match: [`//registry.corp.internal/:_auth=${b64('ci-bot:' + fake(ALNUM, 16, 'npmauth-1'))}`, `_password=${b64(fake(ALNUM, 18, 'npmauth-2'))}`],
    noMatch: ['_auth=${NPM_AUTH}', '_password='],
  },
};
