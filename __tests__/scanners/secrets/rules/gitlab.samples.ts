// True and false samples of src/scanners/secrets/rules/gitlab.ts, built when the tests run.
import { B64URL, fake, HEX, LOWER_ALNUM } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'gitlab-pat': { match: [`GITLAB_TOKEN=glpat-${fake(B64URL, 20, 'glpat-1')}`], noMatch: [`${'glpat-'}short`, `${'glpat-'}${'x'.repeat(30)}`] },
  'gitlab-pat-routable': {
    match: [
      `GITLAB_TOKEN=glpat-${fake(B64URL, 36, 'glpat-r-1')}.01${fake(LOWER_ALNUM, 7, 'glpat-r-2')}`,
      `GITLAB_TOKEN=glpat-${fake(B64URL, 32, 'glpat-r-3')}.01.${fake(LOWER_ALNUM, 9, 'glpat-r-4')}`,
    ],
    noMatch: ['glpat-short.01.abc'],
  },
  'gitlab-deploy-token': { match: [`password: gldt-${fake(B64URL, 20, 'gldt-1')}`], noMatch: [`${'gldt-'}short`, `${'gldt-'}${'x'.repeat(30)}`],
    files: [
      {
        name: 'CI variables with a deploy token and a pipeline trigger token',
        path: '.gitlab-ci.yml',
        text: `variables:\n  DEPLOY_TOKEN: "gldt-${fake(B64URL, 20, 'sh-6')}"\n  TRIGGER: glptt-${fake('0123456789abcdef', 40, 'sh-7')}\n`,
        findings: [
          ['gitlab-deploy-token', 2],
          ['gitlab-pipeline-trigger-token', 3],
        ],
      },
    ],
  },
  'gitlab-pipeline-trigger-token': { match: [`curl -F token=glptt-${fake(HEX, 40, 'glptt-1')} -F ref=main`, `TRIGGER_TOKEN=glptt-${fake(B64URL, 40, 'glptt-2')}`], noMatch: [`${'glptt-'}short`, `${'glptt-'}${'x'.repeat(30)}`] },
  'gitlab-runner-registration-token': { match: [`registration-token: GR1348941${fake(B64URL, 20, 'glrr-1')}`], noMatch: [`${'GR1348941'}short`, `${'GR1348941'}${'x'.repeat(30)}`] },
  'gitlab-runner-token': { match: [`token = "glrt-${fake(B64URL, 20, 'glrt-1')}"`], noMatch: [`${'glrt-'}short`, `${'glrt-'}${'x'.repeat(30)}`],
    files: [
      {
        name: 'a GitLab runner config.toml',
        path: '/etc/gitlab-runner/config.toml',
        text: `concurrent = 4\n\n[[runners]]\n  name = "docker-runner"\n  url = "https://gitlab.acme.io/"\n  token = "glrt-${fake(B64URL, 20, 'sh-5')}"\n  executor = "docker"\n`,
        findings: [['gitlab-runner-token', 6]],
      },
    ],
  },
  'gitlab-ci-job-token': { match: [`CI_JOB_TOKEN=glcbt-64_${fake(B64URL, 20, 'glcbt-1')}`, `CI_JOB_TOKEN=glcbt-${fake(B64URL, 26, 'glcbt-2')}`], noMatch: [`${'glcbt-'}short`, `${'glcbt-'}${'x'.repeat(30)}`] },
  'gitlab-feed-token': { match: [`feed: https://gitlab.corp/dashboard/projects.atom?feed_token=glft-${fake(B64URL, 20, 'glft-1')}`], noMatch: [`${'glft-'}short`, `${'glft-'}${'x'.repeat(30)}`] },
  'gitlab-incoming-mail-token': { match: [`incoming_email: glimt-${fake(B64URL, 25, 'glimt-1')}`], noMatch: [`${'glimt-'}short`, `${'glimt-'}${'x'.repeat(30)}`] },
  'gitlab-agent-token': { match: [`config.token=glagent-${fake(B64URL, 50, 'glagent-1')}`, `token: glagent-${fake(B64URL, 80, 'glagent-2')}`], noMatch: [`${'glagent-'}short`, `${'glagent-'}${'x'.repeat(30)}`] },
  'gitlab-oauth-app-secret': { match: [`OAUTH_SECRET=gloas-${fake(B64URL, 64, 'gloas-1')}`], noMatch: [`${'gloas-'}short`, `${'gloas-'}${'x'.repeat(30)}`] },
  'gitlab-scim-token': { match: [`scim_token: glsoat-${fake(B64URL, 20, 'glsoat-1')}`], noMatch: [`${'glsoat-'}short`, `${'glsoat-'}${'x'.repeat(30)}`] },
  'gitlab-feature-flag-client-token': { match: [`UNLEASH_TOKEN=glffct-${fake(B64URL, 20, 'glffct-1')}`], noMatch: [`${'glffct-'}short`, `${'glffct-'}${'x'.repeat(30)}`] },
  'gitlab-session-cookie': {
    match: [`Cookie: _gitlab_session=${fake(LOWER_ALNUM, 32, 'glsess-1')}`],
    noMatch: ['Cookie: _gitlab_session=${SESSION}'],
  },
};
