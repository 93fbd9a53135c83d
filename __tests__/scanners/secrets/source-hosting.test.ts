// Source hosting tokens in realistic files.
import { ALNUM, B64URL, checksummedToken, DIGITS, fake, fakeJwt, HEX } from './fake.js';
import { hits, scan } from './helpers.js';

describe('source hosting tokens', () => {
  it('a GitHub Actions workflow with a hardcoded PAT and a proper secret reference', () => {
    const pat = checksummedToken('ghp_', 'sh-1');
    const text = `name: release\non: push\njobs:\n  release:\n    runs-on: ubuntu-latest\n    env:\n      GH_TOKEN: ${pat}\n      NPM_TOKEN: \${{ secrets.NPM_TOKEN }}\n    steps:\n      - run: gh release create v1.0.0\n`;
    expect(hits(text, '.github/workflows/release.yml')).toEqual([['github-pat', 7]]);
    expect(scan(text, '.github/workflows/release.yml')[0]?.message).toContain('checksum valid');
  });

  it('GitHub tokens without a valid checksum are still reported', () => {
    const body = fake(ALNUM, 36, 'sh-2');
    expect(hits(`token: ghp_${body}`, 'config.yml')).toEqual([['github-pat', 1]]);
  });

  it('a stateless installation token (ghs_APPID_JWT) is one finding, not a GitHub token plus a JWT', () => {
    const token = `ghs_98765_${fakeJwt('sh-ghs', { iss: 'github', sub: 'installation|123', exp: 1790000000 })}`;
    const text = `steps:\n  - run: gh api repos/acme/app\n    env:\n      GH_TOKEN: ${token}\n`;
    expect(hits(text, '.github/workflows/api.yml')).toEqual([['github-installation-token-stateless', 4]]);
    expect(JSON.stringify(scan(text, '.github/workflows/api.yml'))).not.toContain(token.slice(20));
  });

  it('a fine-grained PAT in a Go test helper', () => {
    const text = `package gh\n\nconst testToken = "github_pat_${fake(ALNUM, 22, 'sh-3')}_${fake(ALNUM, 59, 'sh-4')}"\n`;
    expect(hits(text, 'internal/gh/client_test.go')).toEqual([['github-fine-grained-pat', 3]]);
  });

  it('GitLab runner config.toml and CI variables', () => {
    const text = `concurrent = 4\n\n[[runners]]\n  name = "docker-runner"\n  url = "https://gitlab.acme.io/"\n  token = "glrt-${fake(B64URL, 20, 'sh-5')}"\n  executor = "docker"\n`;
    expect(hits(text, '/etc/gitlab-runner/config.toml')).toEqual([['gitlab-runner-token', 6]]);
    const ci = `variables:\n  DEPLOY_TOKEN: "gldt-${fake(B64URL, 20, 'sh-6')}"\n  TRIGGER: glptt-${fake('0123456789abcdef', 40, 'sh-7')}\n`;
    expect(hits(ci, '.gitlab-ci.yml')).toEqual([
      ['gitlab-deploy-token', 2],
      ['gitlab-pipeline-trigger-token', 3],
    ]);
  });

  it('a Bitbucket app password in a clone URL', () => {
    const text = `git clone https://builder:ATBB${fake(ALNUM, 32, 'sh-8')}@bitbucket.org/acme/infra.git`;
    expect(hits(text, 'scripts/bootstrap.sh')).toEqual([['bitbucket-app-password', 1]]);
  });

  it('a Bitbucket Data Center HTTP access token in a CI credentials file', () => {
    const token = 'BBDC-' + Buffer.concat([Buffer.from(`${fake(DIGITS, 12, 'sh-9')}:`), Buffer.from(fake(HEX, 40, 'sh-10'), 'hex')]).toString('base64');
    const text = `bitbucket:\n  url: https://bitbucket.corp.internal\n  project: OPS\n  token: ${token}\n`;
    expect(hits(text, 'ci/credentials.yml')).toEqual([['bitbucket-data-center-token', 4]]);
  });

  it('an 84-character Azure DevOps PAT keeps its finding despite the fixed signature and run of As in its middle', () => {
    const pat = `${fake(ALNUM, 52, 'sh-11')}JQQJ99BAAC${'A'.repeat(13)}SAZDO${fake(ALNUM, 4, 'sh-12')}`;
    const text = `export AZURE_DEVOPS_EXT_PAT=${pat}\naz devops configure --defaults organization=https://dev.azure.com/acme\n`;
    expect(pat).toHaveLength(84);
    expect(hits(text, 'pipelines/publish.sh')).toEqual([['azure-devops-pat', 1]]);
  });

  it('documentation mentioning prefixes is quiet', () => {
    expect(hits('Classic tokens start with `ghp_` and fine-grained ones with `github_pat_`.', 'docs/tokens.md')).toEqual([]);
  });

  it('made-up tokens in a README are quiet: padded with zeros, or introduced as an example', () => {
    const readme = [
      'const auth = createTokenAuth("ghp_PersonalAccessToken01245678900000000");',
      `Tokens look like this, e.g. ${checksummedToken('ghp_', 'sh-eg')}`,
      `* for example: ${checksummedToken('gho_', 'sh-eg2')}`,
    ].join('\n');
    expect(hits(readme, 'README.md')).toEqual([]);
    // The same token on a line of its own is reported, in docs too.
    expect(hits(`GITHUB_TOKEN=${checksummedToken('ghp_', 'sh-eg')}`, 'docs/setup.md')).toEqual([['github-pat', 1]]);
  });
});
