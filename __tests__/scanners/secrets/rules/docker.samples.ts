// True and false samples of src/scanners/secrets/rules/docker.ts, built when the tests run.
import { ALNUM, B64URL, fake } from '../fake.js';
import type { RuleSamples } from './samples.js';

const b64 = (s: string): string => Buffer.from(s, 'utf8').toString('base64');

export const SAMPLES: RuleSamples = {
  'dockerhub-pat': {
    match: [`echo dckr_pat_${fake(B64URL, 27, 'dckr-1')} | docker login -u ci --password-stdin`, `DOCKERHUB_TOKEN=dckr_pat_${fake(B64URL, 27, 'dckr-2')}`],
    noMatch: ['DOCKERHUB_TOKEN=dckr_pat_xxxxx', 'dckr_pat_test'],
  },
  'docker-config-auth': {
    match: [`{\n  "auths": {\n    "registry.corp.internal": {\n      "auth": "${b64('deploy:' + fake(ALNUM, 20, 'dockercfg-1'))}"\n    }\n  }\n}`],
    noMatch: ['{"auths": {"ghcr.io": {"auth": ""}}}', '{"auth": "bearer"}'],
  },
};
