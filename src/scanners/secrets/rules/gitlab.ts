// GitLab secret rules (source-hosting family). Samples: __tests__/scanners/secrets/rules/gitlab.samples.ts.
import { defineRule, TOKEN_CHARS, WORD_CHARS, type SecretRule } from '../rule.js';
import { prefixedToken, run } from './build.js';

export const GITLAB_RULES: SecretRule[] = [
  prefixedToken('gitlab-pat', 'GitLab personal access token', 'high', { family: 'source-hosting', prefix: 'glpat-', body: run('A-Za-z0-9_-', 20) }),
  // Payload, then a 9-character version and checksum; self-managed instances put a dot after the
  // two-digit version (`glpat-<payload>.01.<7-9 characters>`).
  prefixedToken('gitlab-pat-routable', 'GitLab personal access token (routable)', 'high', { family: 'source-hosting', prefix: 'glpat-', body: '[A-Za-z0-9_-]{27,300}\\.(?:[0-9]{2}\\.)?[0-9a-z]{7,9}', minEntropy: 4 }),
  prefixedToken('gitlab-deploy-token', 'GitLab deploy token', 'high', { family: 'source-hosting', prefix: 'gldt-', body: run('A-Za-z0-9_-', 20) }),
  // `SecureRandom.hex(20)` today; GitLab documents only the prefix, so any 40 token characters.
  prefixedToken('gitlab-pipeline-trigger-token', 'GitLab pipeline trigger token', 'high', { family: 'source-hosting', prefix: 'glptt-', body: run('A-Za-z0-9_-', 40) }),
  prefixedToken('gitlab-runner-registration-token', 'GitLab runner registration token', 'high', { family: 'source-hosting', prefix: 'GR1348941', body: run('A-Za-z0-9_-', 20) }),
  prefixedToken('gitlab-runner-token', 'GitLab runner authentication token', 'high', { family: 'source-hosting', prefix: 'glrt-', body: run('A-Za-z0-9_-', 20, 300) }),
  // `glcbt-<partition id>_<20>`, or without the partition id (older tokens and JWT-style job tokens).
  prefixedToken('gitlab-ci-job-token', 'GitLab CI/CD job token', 'high', { family: 'source-hosting', prefix: 'glcbt-', body: '(?:[0-9a-zA-Z]{1,5}_)?[0-9a-zA-Z_-]{20,50}' }),
  prefixedToken('gitlab-feed-token', 'GitLab feed token', 'high', { family: 'source-hosting', prefix: 'glft-', body: run('A-Za-z0-9_-', 20) }),
  prefixedToken('gitlab-incoming-mail-token', 'GitLab incoming mail token', 'high', { family: 'source-hosting', prefix: 'glimt-', body: run('A-Za-z0-9_-', 25) }),
  // `Devise.friendly_token(50)` at least; GitLab accepts agent tokens up to 1024 characters.
  prefixedToken('gitlab-agent-token', 'GitLab agent for Kubernetes token', 'high', { family: 'source-hosting', prefix: 'glagent-', body: run('A-Za-z0-9_-', 50, 1024) }),
  prefixedToken('gitlab-oauth-app-secret', 'GitLab OAuth application secret', 'high', { family: 'source-hosting', prefix: 'gloas-', body: run('A-Za-z0-9_-', 64) }),
  prefixedToken('gitlab-scim-token', 'GitLab SCIM token', 'high', { family: 'source-hosting', prefix: 'glsoat-', body: run('A-Za-z0-9_-', 20, 50) }),
  prefixedToken('gitlab-feature-flag-client-token', 'GitLab feature flag client token', 'high', { family: 'source-hosting', prefix: 'glffct-', body: run('A-Za-z0-9_-', 20) }),
  defineRule({
    // One-off: the cookie's name comes before the value and is not part of it.
    id: 'gitlab-session-cookie',
    family: 'source-hosting',
    description: 'GitLab session cookie',
    severity: 'high',
    keywords: ['_gitlab_session='],
    pattern: /_gitlab_session=([0-9a-z]{32})/,
    boundary: WORD_CHARS,
    minEntropy: 3,
  }),
];
