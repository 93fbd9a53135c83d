// True and false samples of src/scanners/secrets/rules/datadog.ts, built when the tests run.
import { fake, HEX } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'datadog-api-key': {
    match: [`DD_API_KEY=${fake(HEX, 32, 'dd-1')}`, `  datadog_api_key: "${fake(HEX, 32, 'dd-2')}"`],
    noMatch: ['DD_API_KEY=${DD_API_KEY}', 'DD_SITE=datadoghq.eu'],
    files: [
      {
        name: 'a Datadog agent values file',
        path: 'datadog-values.yaml',
        text: `datadog:\n  site: datadoghq.eu\n  logs:\n    enabled: true\ndd_api_key: ${fake(HEX, 32, 's-1')}\n`,
        findings: [['datadog-api-key', 5]],
      },
    ],
  },
  'datadog-app-key': {
    match: [`DD_APP_KEY=${fake(HEX, 40, 'dd-3')}`],
    noMatch: ['DD_APP_KEY=<app-key>'],
  },
};
