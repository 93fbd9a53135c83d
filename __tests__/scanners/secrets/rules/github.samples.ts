// True and false samples of src/scanners/secrets/rules/github.ts, built when the tests run.
import { ALNUM, base64url, checksummedToken, fake, fakeJwt, HEX } from '../fake.js';
import type { RuleSample, RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'github-pat': {
    ...githubSamples('github-pat', 'ghp_'),
    files: [
      {
        name: 'a token without a valid checksum is still reported',
        path: 'config.yml',
        text: `token: ghp_${fake(ALNUM, 36, 'sh-2')}`,
        findings: [['github-pat', 1]],
      },
      {
        name: 'documentation mentioning the prefixes is quiet',
        path: 'docs/tokens.md',
        text: 'Classic tokens start with `ghp_` and fine-grained ones with `github_pat_`.',
        findings: [],
      },
      {
        name: 'made-up tokens in a README are quiet: padded with zeros, or introduced as an example',
        path: 'README.md',
        text: [
          'const auth = createTokenAuth("ghp_PersonalAccessToken01245678900000000");',
          `Tokens look like this, e.g. ${checksummedToken('ghp_', 'sh-eg')}`,
          `* for example: ${checksummedToken('gho_', 'sh-eg2')}`,
        ].join('\n'),
        findings: [],
      },
      {
        name: 'the same token on a line of its own is reported, in docs too',
        path: 'docs/setup.md',
        text: `GITHUB_TOKEN=${checksummedToken('ghp_', 'sh-eg')}`,
        findings: [['github-pat', 1]],
      },
    ],
  },
  'github-oauth-token': githubSamples('github-oauth-token', 'gho_'),
  'github-user-to-server-token': githubSamples('github-user-to-server-token', 'ghu_'),
  'github-server-to-server-token': githubSamples('github-server-to-server-token', 'ghs_'),
  'github-refresh-token': githubSamples('github-refresh-token', 'ghr_'),
  'github-installation-token-stateless': {
    match: [`GH_TOKEN=ghs_482137_${fakeJwt('ghs-jwt-1', { iss: 'github', sub: 'installation|4242', exp: 1790000000 })}`],
    noMatch: ['ghs_123456_eyJhbGciOiJIUzI1NiJ9', `ghs_123456_${base64url('{"not":"jwt"}')}.${base64url('{"sub":"x"}')}.${'s'.repeat(20)}`],
  },
  'github-fine-grained-pat': {
    match: [`GH_TOKEN=github_pat_${fake(ALNUM, 22, 'ghfg-1')}_${fake(ALNUM, 59, 'ghfg-2')}`, `token: github_pat_${fake(ALNUM + '_', 82, 'ghfg-5')}`],
    noMatch: ['GH_TOKEN=github_pat_' + 'x'.repeat(82), `github_pat_${fake(ALNUM, 22, 'ghfg-3')}`, `github_pat_${fake(ALNUM, 90, 'ghfg-4')}`],
    files: [
      {
        name: 'a fine-grained PAT in a Go test helper',
        path: 'internal/gh/client_test.go',
        text: `package gh\n\nconst testToken = "github_pat_${fake(ALNUM, 22, 'sh-3')}_${fake(ALNUM, 59, 'sh-4')}"\n`,
        findings: [['github-fine-grained-pat', 3]],
      },
    ],
  },
  'github-oauth-client-secret': {
    match: [`GITHUB_CLIENT_SECRET=${fake(HEX, 40, 'gh-cs-1')}`],
    noMatch: ['GITHUB_CLIENT_ID=Iv1.0123456789abcdef'],
  },
};

/** Samples of a classic GitHub token format: a valid CRC32 checksum matches; filler, short or long bodies do not. */
function githubSamples(id: string, prefix: string): RuleSample {
  return {
    match: [`GITHUB_TOKEN=${checksummedToken(prefix, id + '-1')}`, `git clone https://x-access-token:${checksummedToken(prefix, id + '-2')}@github.com/acme/app.git`],
    noMatch: [`token: ${prefix}${'x'.repeat(36)}`, `${prefix}${fake(ALNUM, 30, id + '-3')}`, `${prefix}${fake(ALNUM, 40, id + '-4')}`],
  };
}
