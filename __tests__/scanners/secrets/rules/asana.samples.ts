// True and false samples of src/scanners/secrets/rules/asana.ts, built when the tests run.
import { ALNUM, DIGITS, fake, HEX } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'asana-pat': {
    match: [`ASANA_TOKEN=2/${fake(DIGITS, 16, 'asana-1')}/${fake(DIGITS, 16, 'asana-2')}:${fake(HEX, 32, 'asana-3')}`],
    noMatch: ['ASANA_WORKSPACE=12345'],
  },
  'asana-client-id': {
    match: [`ASANA_CLIENT_ID=${fake(DIGITS, 16, 'asana-4')}`, `<asanaToken>\n  ${fake(DIGITS, 16, 'asana-5')}\n</asanaToken>`],
    noMatch: [`ASANA_PROJECT_ID=${fake(DIGITS, 16, 'asana-6')}`, `ASANA_CLIENT_ID=${fake(DIGITS, 19, 'asana-7')}`, 'ASANA_CLIENT_ID=1111111111111111'],
    files: [
      {
        name: 'Asana OAuth app credentials next to Asana names, not Asana resource ids',
        path: 'config/asana.env',
        text: [
          `ASANA_CLIENT_ID=${fake(DIGITS, 16, 's-asana-1')}`,
          `ASANA_CLIENT_SECRET=${fake(ALNUM, 32, 's-asana-2')}`,
          `ASANA_WORKSPACE_ID=${fake(DIGITS, 16, 's-asana-3')}`,
          `ASANA_PROJECT_GID=${fake(DIGITS, 16, 's-asana-4')}`,
        ].join('\n'),
        findings: [
          ['asana-client-id', 1],
          ['asana-client-secret', 2],
        ],
      },
      {
        name: 'a Go declaration with a type: var asanaToken string = "..."',
        path: 'cmd/sync/main.go',
        text: `var asanaToken string = "${fake(DIGITS, 16, 's-asana-5')}"`,
        findings: [['asana-client-id', 1]],
      },
    ],
  },
  'asana-client-secret': {
    match: [`ASANA_CLIENT_SECRET=${fake(ALNUM, 32, 'asana-8')}`, `{"asana_token": "${fake(HEX, 32, 'asana-9')}"}`],
    noMatch: [`ASANA_WORKSPACE_NAME=${fake(ALNUM, 32, 'asana-10')}`, `asana_secret = "${'ab'.repeat(16)}"`],
  },
};
