// CI/CD and package registry credentials.
import { ALNUM, B64URL, checksummedToken, fake, fakeUuid, HEX } from './fake.js';
import { hits } from './helpers.js';

describe('CI/CD and registries', () => {
  it('an .npmrc with a scoped registry token and an env reference', () => {
    const text = `@acme:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=${checksummedToken('ghp_', 'ci-1')}\n//registry.npmjs.org/:_authToken=\${NPM_TOKEN}\n//corp.jfrog.io/artifactory/api/npm/npm/:_authToken=${fake(B64URL, 64, 'ci-2')}\n`;
    expect(hits(text, '.npmrc')).toEqual([
      ['github-pat', 2],
      ['npmrc-auth-token', 4],
    ]);
  });

  it('a .pypirc with an upload token', () => {
    const text = `[distutils]\nindex-servers = pypi\n\n[pypi]\nusername = __token__\npassword = pypi-AgEIcHlwaS5vcmc${fake(B64URL, 180, 'ci-3')}\n`;
    expect(hits(text, '.pypirc')).toEqual([['pypi-token', 6]]);
  });

  it('a Jenkinsfile that logs in to Docker Hub with a literal token', () => {
    const text = `pipeline {\n  agent any\n  stages {\n    stage('push') {\n      steps {\n        sh 'echo dckr_pat_${fake(B64URL, 27, 'ci-4')} | docker login -u acme --password-stdin'\n      }\n    }\n  }\n}\n`;
    expect(hits(text, 'Jenkinsfile')).toEqual([['dockerhub-pat', 6]]);
  });

  it('a Docker config.json with registry credentials', () => {
    const auth = Buffer.from(`robot$deploy:${fake(ALNUM, 32, 'ci-5')}`).toString('base64');
    const text = `{\n  "auths": {\n    "harbor.acme.io": {\n      "auth": "${auth}"\n    }\n  },\n  "credsStore": "desktop"\n}\n`;
    expect(hits(text, '.docker/config.json')).toEqual([['docker-config-auth', 4]]);
  });

  it('npm, RubyGems, NuGet and SonarQube tokens in CI scripts', () => {
    const text = [
      `npm config set //registry.npmjs.org/:_authToken ${checksummedToken('npm_', 'ci-6')}`,
      `gem push pkg.gem --key rubygems_${fake(HEX, 48, 'ci-7')}`,
      `dotnet nuget push out/*.nupkg --api-key oy2${fake('abcdefghijklmnopqrstuvwxyz0123456789', 43, 'ci-8')}`,
      `sonar-scanner -Dsonar.token=sqp_${fake(HEX, 40, 'ci-9')}`,
    ].join('\n');
    expect(hits(text, 'ci/publish.sh').map(([id]) => id)).toEqual(['npm-access-token', 'rubygems-api-key', 'nuget-api-key', 'sonarqube-token']);
  });

  it('CI secret references are quiet', () => {
    const text = `env:\n  SNYK_TOKEN: \${{ secrets.SNYK_TOKEN }}\n  CODECOV_TOKEN: \${{ secrets.CODECOV_TOKEN }}\n  NPM_CONFIG_USERCONFIG: .npmrc\n`;
    expect(hits(text, '.github/workflows/ci.yml')).toEqual([]);
    expect(hits(`SNYK_TOKEN=${fakeUuid('ci-10')}`, '.env')).toEqual([['snyk-token', 1]]);
  });

  it('a GitHub Actions workflow that uploads coverage to Code Climate with a literal reporter ID', () => {
    const text = [
      'name: coverage',
      'on: push',
      'jobs:',
      '  test:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - uses: actions/checkout@v4',
      '      - uses: paambaati/codeclimate-action@v9',
      '        env:',
      `          CC_TEST_REPORTER_ID: ${fake(HEX, 64, 'ci-cc-1')}`,
      '        with:',
      '          coverageCommand: npm run coverage',
    ].join('\n');
    expect(hits(text, '.github/workflows/coverage.yml')).toEqual([['codeclimate-test-reporter-id', 10]]);
  });

  it('a Cargo credentials file with a crates.io token, and words that start with cio', () => {
    const text = `[registry]\ntoken = "cio${fake(ALNUM, 32, 'ci-cio-1')}"\n\n# ciocca: cioAuthenticationProviderFactoryImpl\n`;
    expect(hits(text, '.cargo/credentials.toml')).toEqual([['crates-io-api-token', 2]]);
  });

  it('a GitLab job that uploads an SBOM to Dependency-Track with a literal API key', () => {
    const text = [
      'upload-sbom:',
      '  stage: report',
      '  script:',
      '    - >',
      '      curl -sf -X POST "$DTRACK_URL/api/v1/bom"',
      `      -H "X-Api-Key: odt_${fake(ALNUM, 8, 'ci-odt-1')}_${fake(ALNUM, 32, 'ci-odt-2')}"`,
      '      -F "autoCreate=true" -F "projectName=$CI_PROJECT_NAME" -F "bom=@bom.json"',
    ].join('\n');
    expect(hits(text, '.gitlab-ci.yml')).toEqual([['dependency-track-api-key', 6]]);
  });

  it('a shell profile that exports a pyx API key for uv', () => {
    const text = `# uv + pyx\nexport UV_INDEX_URL=https://api.pyx.dev/simple/acme/main\nexport PYX_API_KEY="sk-pyx-${fake(ALNUM, 64, 'ci-pyx-1')}"\n`;
    expect(hits(text, 'dotfiles/.zshrc')).toEqual([['pyx-api-key', 3]]);
  });
});
