// Source hosting: GitHub, GitLab, Bitbucket, Azure DevOps, Sourcegraph, Gitea.
import { ALNUM, B64URL, BASE32_LOWER, base64url, checksummedToken, DIGITS, fake, fakeJwt, hasValidCrc32Suffix, HEX, LOWER_ALNUM } from '../fake.js';
import { isJwt } from './jwt.js';
import { assignmentPattern, defineRule, leadBefore, TOKEN_CHARS, WORD_CHARS, type SecretRule } from '../rule.js';

/** GitHub's documented token prefixes; the last six characters are a base62 CRC32 checksum. */
function githubRule(id: string, prefix: string, description: string): SecretRule {
  return defineRule({
    id,
    family: 'source-hosting',
    description,
    severity: 'critical',
    keywords: [prefix],
    pattern: new RegExp(`(${prefix}[A-Za-z0-9]{36})`),
    boundary: WORD_CHARS,
    minEntropy: 3,
    checksum: hasValidCrc32Suffix,
    examples: {
      match: [`GITHUB_TOKEN=${checksummedToken(prefix, id + '-1')}`, `git clone https://x-access-token:${checksummedToken(prefix, id + '-2')}@github.com/acme/app.git`],
      noMatch: [`token: ${prefix}${'x'.repeat(36)}`, `${prefix}${fake(ALNUM, 30, id + '-3')}`, `${prefix}${fake(ALNUM, 40, id + '-4')}`],
    },
  });
}

/** GitLab tokens: a documented prefix and a fixed-length body. */
function gitlabRule(id: string, prefix: string, body: string, description: string, example: string): SecretRule {
  return defineRule({
    id,
    family: 'source-hosting',
    description,
    severity: 'high',
    keywords: [prefix.toLowerCase()],
    pattern: new RegExp(`(${prefix.replace(/[.]/g, '\\.')}${body})`),
    boundary: TOKEN_CHARS,
    minEntropy: 3,
    examples: { match: [example], noMatch: [`${prefix}short`, `${prefix}${'x'.repeat(30)}`] },
  });
}

/** A Bitbucket Data Center HTTP access token: `BBDC-` and the base64 of `<12-digit id>:<20 random bytes>`. */
function bitbucketDataCenterToken(seed: string): string {
  return 'BBDC-' + Buffer.concat([Buffer.from(`${fake(DIGITS, 12, seed)}:`), Buffer.from(fake(HEX, 40, seed + 'r'), 'hex')]).toString('base64');
}

export const SOURCE_HOSTING_RULES: SecretRule[] = [
  githubRule('github-pat', 'ghp_', 'GitHub personal access token (classic)'),
  githubRule('github-oauth-token', 'gho_', 'GitHub OAuth access token'),
  githubRule('github-user-to-server-token', 'ghu_', 'GitHub App user-to-server token'),
  githubRule('github-server-to-server-token', 'ghs_', 'GitHub App installation token'),
  githubRule('github-refresh-token', 'ghr_', 'GitHub refresh token'),
  defineRule({
    id: 'github-installation-token-stateless',
    family: 'source-hosting',
    description: 'GitHub App installation token (stateless ghs_APPID_JWT format)',
    severity: 'critical',
    keywords: ['ghs_'],
    anchored: true,
    // Issued since April 2026: `ghs_`, the app id, `_`, then a signed JWT (about 520 characters in all).
    pattern: /ghs_[0-9]{1,20}_(eyJ[A-Za-z0-9_-]{8,2000}\.[A-Za-z0-9_-]{8,4000}\.[A-Za-z0-9_-]{16,1000})/,
    secretGroup: 0,
    boundary: WORD_CHARS,
    validate: (secret) => isJwt(secret.slice(secret.indexOf('_eyJ') + 1)),
    examples: {
      match: [`GH_TOKEN=ghs_123456_${fakeJwt('ghs-jwt-1', { iss: 'github', sub: 'installation|4242', exp: 1790000000 })}`],
      noMatch: ['ghs_123456_eyJhbGciOiJIUzI1NiJ9', `ghs_123456_${base64url('{"not":"jwt"}')}.${base64url('{"sub":"x"}')}.${'s'.repeat(20)}`],
    },
  }),
  defineRule({
    id: 'github-fine-grained-pat',
    family: 'source-hosting',
    description: 'GitHub fine-grained personal access token',
    severity: 'critical',
    keywords: ['github_pat_'],
    // Issued as 22 + `_` + 59 alphanumerics; any 82 word characters keeps older or reformatted ones.
    pattern: /(github_pat_[A-Za-z0-9_]{82})/,
    boundary: WORD_CHARS,
    minEntropy: 3.5,
    examples: {
      match: [`GH_TOKEN=github_pat_${fake(ALNUM, 22, 'ghfg-1')}_${fake(ALNUM, 59, 'ghfg-2')}`, `token: github_pat_${fake(ALNUM + '_', 82, 'ghfg-5')}`],
      noMatch: ['GH_TOKEN=github_pat_' + 'x'.repeat(82), `github_pat_${fake(ALNUM, 22, 'ghfg-3')}`, `github_pat_${fake(ALNUM, 90, 'ghfg-4')}`],
    },
  }),
  defineRule({
    id: 'github-oauth-client-secret',
    family: 'source-hosting',
    description: 'GitHub OAuth app client secret',
    severity: 'high',
    keywords: ['github'],
    anchored: true,
    pattern: assignmentPattern('github[\\w.-]{0,20}(?:client|oauth|app)[_.-]?secret', '[a-f0-9]{40}'),
    boundary: WORD_CHARS,
    minEntropy: 3,
    examples: {
      match: [`GITHUB_CLIENT_SECRET=${fake(HEX, 40, 'gh-cs-1')}`],
      noMatch: ['GITHUB_CLIENT_ID=Iv1.0123456789abcdef'],
    },
  }),
  gitlabRule('gitlab-pat', 'glpat-', '[A-Za-z0-9_-]{20}', 'GitLab personal access token', `GITLAB_TOKEN=glpat-${fake(B64URL, 20, 'glpat-1')}`),
  defineRule({
    id: 'gitlab-pat-routable',
    family: 'source-hosting',
    description: 'GitLab personal access token (routable)',
    severity: 'high',
    keywords: ['glpat-'],
    // Payload, then a 9-character version and checksum; self-managed instances put a dot after the
    // two-digit version (`glpat-<payload>.01.<7-9 characters>`).
    pattern: /(glpat-[A-Za-z0-9_-]{27,300}\.(?:[0-9]{2}\.)?[0-9a-z]{7,9})/,
    boundary: TOKEN_CHARS,
    minEntropy: 4,
    examples: {
      match: [
        `GITLAB_TOKEN=glpat-${fake(B64URL, 36, 'glpat-r-1')}.01${fake(LOWER_ALNUM, 7, 'glpat-r-2')}`,
        `GITLAB_TOKEN=glpat-${fake(B64URL, 32, 'glpat-r-3')}.01.${fake(LOWER_ALNUM, 9, 'glpat-r-4')}`,
      ],
      noMatch: ['glpat-short.01.abc'],
    },
  }),
  gitlabRule('gitlab-deploy-token', 'gldt-', '[A-Za-z0-9_-]{20}', 'GitLab deploy token', `password: gldt-${fake(B64URL, 20, 'gldt-1')}`),
  gitlabRule('gitlab-pipeline-trigger-token', 'glptt-', '[0-9a-f]{40}', 'GitLab pipeline trigger token', `curl -F token=glptt-${fake(HEX, 40, 'glptt-1')} -F ref=main`),
  gitlabRule('gitlab-runner-registration-token', 'GR1348941', '[A-Za-z0-9_-]{20}', 'GitLab runner registration token', `registration-token: GR1348941${fake(B64URL, 20, 'glrr-1')}`),
  gitlabRule('gitlab-runner-token', 'glrt-', '[A-Za-z0-9_-]{20,300}', 'GitLab runner authentication token', `token = "glrt-${fake(B64URL, 20, 'glrt-1')}"`),
  gitlabRule('gitlab-ci-job-token', 'glcbt-', '[0-9a-zA-Z]{1,5}_[0-9a-zA-Z_-]{20}', 'GitLab CI/CD job token', `CI_JOB_TOKEN=glcbt-64_${fake(B64URL, 20, 'glcbt-1')}`),
  gitlabRule('gitlab-feed-token', 'glft-', '[A-Za-z0-9_-]{20}', 'GitLab feed token', `feed: https://gitlab.corp/dashboard/projects.atom?feed_token=glft-${fake(B64URL, 20, 'glft-1')}`),
  gitlabRule('gitlab-incoming-mail-token', 'glimt-', '[A-Za-z0-9_-]{25}', 'GitLab incoming mail token', `incoming_email: glimt-${fake(B64URL, 25, 'glimt-1')}`),
  gitlabRule('gitlab-agent-token', 'glagent-', '[A-Za-z0-9_-]{50}', 'GitLab agent for Kubernetes token', `config.token=glagent-${fake(B64URL, 50, 'glagent-1')}`),
  gitlabRule('gitlab-oauth-app-secret', 'gloas-', '[A-Za-z0-9_-]{64}', 'GitLab OAuth application secret', `OAUTH_SECRET=gloas-${fake(B64URL, 64, 'gloas-1')}`),
  gitlabRule('gitlab-scim-token', 'glsoat-', '[A-Za-z0-9_-]{20,50}', 'GitLab SCIM token', `scim_token: glsoat-${fake(B64URL, 20, 'glsoat-1')}`),
  gitlabRule('gitlab-feature-flag-client-token', 'glffct-', '[A-Za-z0-9_-]{20}', 'GitLab feature flag client token', `UNLEASH_TOKEN=glffct-${fake(B64URL, 20, 'glffct-1')}`),
  defineRule({
    id: 'gitlab-session-cookie',
    family: 'source-hosting',
    description: 'GitLab session cookie',
    severity: 'high',
    keywords: ['_gitlab_session='],
    pattern: /_gitlab_session=([0-9a-z]{32})/,
    boundary: WORD_CHARS,
    minEntropy: 3,
    examples: {
      match: [`Cookie: _gitlab_session=${fake(LOWER_ALNUM, 32, 'glsess-1')}`],
      noMatch: ['Cookie: _gitlab_session=${SESSION}'],
    },
  }),
  defineRule({
    id: 'bitbucket-app-password',
    family: 'source-hosting',
    description: 'Bitbucket app password',
    severity: 'high',
    keywords: ['atbb'],
    pattern: /(ATBB[A-Za-z0-9]{32})/,
    boundary: WORD_CHARS,
    minEntropy: 3.5,
    examples: {
      match: [`git remote add origin https://ci-bot:ATBB${fake(ALNUM, 32, 'atbb-1')}@bitbucket.org/acme/app.git`],
      noMatch: ['ATBB' + 'short'],
    },
  }),
  defineRule({
    id: 'bitbucket-client-secret',
    family: 'source-hosting',
    description: 'Bitbucket OAuth consumer secret',
    severity: 'high',
    keywords: ['bitbucket'],
    pattern: assignmentPattern('bitbucket[\\w.-]{0,20}(?:secret|key)', '[A-Za-z0-9=_-]{64}'),
    boundary: TOKEN_CHARS,
    minEntropy: 3.5,
    examples: {
      match: [`BITBUCKET_CLIENT_SECRET=${fake(B64URL, 64, 'bb-1')}`],
      noMatch: ['BITBUCKET_WORKSPACE=acme'],
    },
  }),
  defineRule({
    id: 'bitbucket-data-center-token',
    family: 'source-hosting',
    description: 'Bitbucket Data Center HTTP access token',
    severity: 'high',
    keywords: ['bbdc-'],
    anchored: true,
    pattern: /(BBDC-[A-Za-z0-9+/]{44})/,
    boundary: 'A-Za-z0-9_+/=-',
    minEntropy: 3.5,
    validate: (secret) => /^[0-9]{12}:/.test(Buffer.from(secret.slice(5), 'base64').toString('latin1')),
    examples: {
      match: [`git -c http.extraHeader="Authorization: Bearer ${bitbucketDataCenterToken('bbdc-1')}" clone https://bitbucket.corp.internal/scm/ops/deploy.git`],
      noMatch: [`BBDC-${fake(ALNUM, 44, 'bbdc-2')}`, `BBDC-${Buffer.from(`user:${fake(HEX, 54, 'bbdc-3')}`).toString('base64').slice(0, 44)}`],
    },
  }),
  defineRule({
    id: 'azure-devops-pat',
    family: 'source-hosting',
    description: 'Azure DevOps personal access token',
    severity: 'critical',
    keywords: ['azdo'],
    pattern: /AZDO[A-Za-z0-9]{4}/,
    extract: (m, ctx) => leadBefore(ctx.text, m.index, m.index + 8, { min: 76, max: 76, chars: /[A-Za-z0-9]/ }, /[A-Za-z0-9_]/),
    minEntropy: 4,
    // 84 characters with `AZDO` at positions 77-80 (Microsoft Purview's Azure DevOps PAT definition).
    examples: {
      match: [`AZURE_DEVOPS_EXT_PAT=${fake(ALNUM, 76, 'azdo-1')}AZDO${fake(ALNUM, 4, 'azdo-2')}`],
      noMatch: [`${fake(ALNUM, 40, 'azdo-3')}AZDO${fake(ALNUM, 4, 'azdo-4')}`, `${fake(ALNUM, 76, 'azdo-5')}AZDO${fake(ALNUM, 5, 'azdo-6')}`],
    },
  }),
  defineRule({
    id: 'azure-devops-pat-legacy',
    family: 'source-hosting',
    description: 'Azure DevOps personal access token (52-character format)',
    severity: 'high',
    keywords: ['devops', 'vsts', 'azdo', 'ado_', 'system_accesstoken'],
    pattern: assignmentPattern('azure[_.-]?devops|vsts|azdo|ado_(?:pat|token)|system_accesstoken', '[a-z2-7]{52}'),
    boundary: WORD_CHARS,
    minEntropy: 3.5,
    examples: {
      match: [`AZURE_DEVOPS_PAT=${fake(BASE32_LOWER, 52, 'ado-1')}`],
      noMatch: ['AZURE_DEVOPS_ORG=https://dev.azure.com/acme'],
    },
  }),
  defineRule({
    id: 'sourcegraph-access-token',
    family: 'source-hosting',
    description: 'Sourcegraph access token',
    severity: 'high',
    keywords: ['sgp_'],
    pattern: /(sgp_(?:[a-fA-F0-9]{16}|local)_[a-fA-F0-9]{40}|sgp_[a-fA-F0-9]{40})/,
    boundary: WORD_CHARS,
    minEntropy: 3,
    examples: {
      match: [`SRC_ACCESS_TOKEN=sgp_${fake(HEX, 16, 'sgp-1')}_${fake(HEX, 40, 'sgp-2')}`],
      noMatch: ['sgp_' + 'short'],
    },
  }),
  defineRule({
    id: 'gitea-token',
    family: 'source-hosting',
    description: 'Gitea / Forgejo access token',
    severity: 'high',
    keywords: ['gitea', 'forgejo'],
    pattern: assignmentPattern('gitea|forgejo', '[a-f0-9]{40}'),
    boundary: WORD_CHARS,
    minEntropy: 3,
    examples: {
      match: [`GITEA_TOKEN=${fake(HEX, 40, 'gitea-1')}`],
      noMatch: ['GITEA_URL=https://git.corp.internal'],
    },
  }),
];
