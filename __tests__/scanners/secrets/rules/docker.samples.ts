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
    match: [`{\n  "auths": {\n    "registry.corp.internal": {\n      "auth": "${b64('deploy:' + fake(ALNUM, 20, 'dockercfg-1'))}"\n    }\n  }\n}`],
    noMatch: ['{"auths": {"ghcr.io": {"auth": ""}}}', '{"auth": "bearer"}'],
    files: [
      {
        name: 'a Docker config.json with registry credentials',
        path: '.docker/config.json',
        text: `{\n  "auths": {\n    "harbor.acme.io": {\n      "auth": "${Buffer.from(`robot$deploy:${fake(ALNUM, 32, 'ci-5')}`).toString('base64')}"\n    }\n  },\n  "credsStore": "desktop"\n}\n`,
        findings: [['docker-config-auth', 4]],
      },
    ],
  },
};
