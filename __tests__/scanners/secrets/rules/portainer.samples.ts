// True and false samples of src/scanners/secrets/rules/portainer.ts, built when the tests run.
import { B64URL, fake } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'portainer-access-token': {
    match: [
      `curl -H "X-API-Key: ptr_${fake(B64URL, 43, 'portainer-1')}" https://portainer.corp.internal:9443/api/endpoints`,
      `PORTAINER_TOKEN=ptr_${fake(B64URL, 44, 'portainer-2')}=`,
    ],
    noMatch: [`struct node *ptr_${fake(B64URL, 43, 'portainer-3')};`, `portainer: ptr_${fake(B64URL, 20, 'portainer-4')}`],
  },
};
