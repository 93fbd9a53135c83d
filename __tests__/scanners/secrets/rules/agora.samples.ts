// True and false samples of src/scanners/secrets/rules/agora.ts, built when the tests run.
import { fake, HEX } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'agora-app-certificate': {
    match: [`agora.app_certificate=${fake(HEX, 32, 'agora-1')}`, `AGORA_CUSTOMER_SECRET: "${fake(HEX, 32, 'agora-2')}"`],
    noMatch: [`AGORA_APP_ID=${fake(HEX, 32, 'agora-3')}`, `agoraAppCertificate = "${fake(HEX, 20, 'agora-4')}"`],
  },
};
