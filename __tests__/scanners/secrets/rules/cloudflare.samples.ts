// True and false samples of src/scanners/secrets/rules/cloudflare.ts, built when the tests run.
import { ALNUM, B64URL, fake, HEX } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'cloudflare-origin-ca-key': {
    match: [
      `CF_ORIGIN_CA_KEY=v1.0-${fake(HEX, 24, 'cf-1')}-${fake(HEX, 146, 'cf-2')}`,
      `X-Auth-User-Service-Key: v1.0-${fake(HEX, 64, 'cf-5')}-${fake(HEX, 128, 'cf-6')}-${fake(HEX, 64, 'cf-7')}`,
    ],
    noMatch: ['version: v1.0-beta', `v1.0-${fake(HEX, 64, 'cf-8')}-${fake(HEX, 100, 'cf-9')}`, `v1.0-${fake(HEX, 64, 'cf-10')}-${fake(HEX, 128, 'cf-11')}-${fake(HEX, 64, 'cf-12')}a`],
    files: [
      {
        name: 'a Cloudflare user service key in either published shape is one finding',
        path: 'scripts/issue-cert.sh',
        text: `curl https://api.cloudflare.com/client/v4/certificates \\\n  -H "X-Auth-User-Service-Key: v1.0-${fake(HEX, 64, 'c-cf-1')}-${fake(HEX, 128, 'c-cf-2')}-${fake(HEX, 64, 'c-cf-3')}"\norigin_ca_key: "v1.0-${fake(HEX, 24, 'c-cf-4')}-${fake(HEX, 146, 'c-cf-5')}"\n`,
        findings: [
          ['cloudflare-origin-ca-key', 2],
          ['cloudflare-origin-ca-key', 3],
        ],
      },
    ],
  },
  'cloudflare-api-token': {
    match: [`CLOUDFLARE_API_TOKEN=${fake(B64URL, 40, 'cf-3')}`],
    noMatch: ['CLOUDFLARE_ZONE=example.net'],
  },
  'cloudflare-global-api-key': {
    match: [`CF_API_KEY: ${fake(HEX, 37, 'cf-4')}`],
    noMatch: ['CF_API_EMAIL: ops@corp.internal'],
  },
  'cloudflare-user-api-token': {
    match: [`CLOUDFLARE_API_TOKEN=cfut_${fake(ALNUM, 40, 'cfut-1')}${fake(HEX, 8, 'cfut-2')}`, `Authorization: Bearer cfut_${fake(ALNUM, 40, 'cfut-3')}${fake(HEX, 8, 'cfut-4')}`],
    noMatch: [`cfut_${fake(ALNUM, 30, 'cfut-5')}`, `cfut_${fake(ALNUM, 40, 'cfut-6')}${fake(HEX, 8, 'cfut-7')}EXTRA`],
  },
  'cloudflare-account-api-token': {
    match: [`CF_ACCOUNT_TOKEN=cfat_${fake(ALNUM, 40, 'cfat-1')}${fake(HEX, 8, 'cfat-2')}`],
    noMatch: [`cfat_${fake(ALNUM, 48, 'cfat-3')}G`, `cfat_${'x'.repeat(48)}`],
  },
};
