// True and false samples of src/scanners/secrets/rules/agora.ts, built when the tests run.
import { fake, HEX } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'agora-app-certificate': {
    match: [`agora.app_certificate=${fake(HEX, 32, 'agora-1')}`, `AGORA_CUSTOMER_SECRET: "${fake(HEX, 32, 'agora-2')}"`],
    noMatch: [`AGORA_APP_ID=${fake(HEX, 32, 'agora-3')}`, `agoraAppCertificate = "${fake(HEX, 20, 'agora-4')}"`],
    files: [
      {
        name: 'an Agora token server: the certificate is reported, the public app id is not',
        path: 'token-server/.env',
        text: `AGORA_APP_ID=${fake(HEX, 32, 'm-41')}\nAGORA_APP_CERTIFICATE=${fake(HEX, 32, 'm-42')}\nTOKEN_TTL_SECONDS=3600\n`,
        findings: [['agora-app-certificate', 2]],
      },
    ],
  },
};
