// True and false samples of src/scanners/secrets/rules/docker.ts, built when the tests run.
import { ALNUM, B64URL, fake } from '../fake.js';
import type { RuleSamples } from './samples.js';

const b64 = (s: string): string => Buffer.from(s, 'utf8').toString('base64');

export const SAMPLES: RuleSamples = {
  'dockerhub-pat': {
    match: [`echo dckr_pat_${fake(B64URL, 27, 'dckr-1')} | docker login -u ci --password-stdin`, `DOCKERHUB_TOKEN=dckr_pat_${fake(B64URL, 27, 'dckr-2')}`],
    noMatch: ['DOCKERHUB_TOKEN=dckr_pat_xxxxx', 'dckr_pat_test'],
    files: [
      {
        name: 'a Jenkinsfile that logs in to Docker Hub with a literal token',
        path: 'Jenkinsfile',
        text: `pipeline {\n  agent any\n  stages {\n    stage('push') {\n      steps {\n        sh 'echo dckr_pat_${fake(B64URL, 27, 'ci-4')} | docker login -u acme --password-stdin'\n      }\n    }\n  }\n}\n`,
        findings: [['dockerhub-pat', 6]],
      },
    ],
  },
  'docker-config-auth': {
    match: [
      `{\n  "auths": {\n    "registry.corp.internal": {\n      "auth": "${b64('deploy:' + fake(ALNUM, 20, 'dockercfg-1'))}"\n    }\n  }\n}`,
      // A GCR service-account key: the password is a JSON document over several lines.
      `{"auths": {"https://gcr.io": {"auth": "${b64('_json_key:{\n  "type": "service_account",\n  "private_key_id": "' + fake(ALNUM, 40, 'dockercfg-3') + '"\n}')}"}}}`,
      // Escaped in a string: GitLab runner's DOCKER_AUTH_CONFIG.
      `environment = ["DOCKER_AUTH_CONFIG={\\"auths\\":{\\"registry.corp:5000\\":{\\"auth\\":\\"${b64('ci:' + fake(ALNUM, 16, 'dockercfg-4'))}\\"}}}"]`,
    ],
    noMatch: ['{"auths": {"ghcr.io": {"auth": ""}}}', '{"auth": "bearer"}', `{"auths": {"ghcr.io": {"auth": "${b64('no-colon-' + fake(ALNUM, 20, 'dockercfg-2'))}"}}}`, `{"auths": {"registry.example.com:5000": {"auth": "${b64('my_username:my_password')}"}}}`],
    files: [
      {
        name: 'a Docker config.json with registry credentials',
        path: '.docker/config.json',
        text: `{\n  "auths": {\n    "harbor.acme.io": {\n      "auth": "${Buffer.from(`robot$deploy:${fake(ALNUM, 32, 'ci-5')}`).toString('base64')}"\n    }\n  },\n  "credsStore": "desktop"\n}\n`,
        findings: [['docker-config-auth', 4]],
      },
      {
        name: 'a Kubernetes Secret holding a config.json as an escaped string',
        path: 'deploy/registry-secret.yaml',
        text: `apiVersion: v1\nkind: Secret\nmetadata:\n  name: regcred\ntype: kubernetes.io/dockerconfigjson\nstringData:\n  .dockerconfigjson: "{\\"auths\\": {\\"harbor.acme.io\\": {\\"auth\\": \\"${b64('robot:' + fake(ALNUM, 32, 'ci-6'))}\\"}}}"\n`,
        findings: [['docker-config-auth', 7]],
      },
    ],
  },
};
