// True and false samples of src/scanners/secrets/rules/new-relic.ts, built when the tests run.
import { B64URL, fake, HEX, UPPER_ALNUM } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'new-relic-user-api-key': { match: [`NEW_RELIC_API_KEY=NRAK-${fake(UPPER_ALNUM, 27, 'nr-1')}`], noMatch: [`${'nrak-'}short`, `${'nrak-'}${'x'.repeat(40)}`] },
  'new-relic-insert-key': { match: [`NEW_RELIC_INSERT_KEY=NRII-${fake(B64URL, 32, 'nr-2')}`], noMatch: [`${'nrii-'}short`, `${'nrii-'}${'x'.repeat(40)}`] },
  'new-relic-browser-key': { match: [`NEW_RELIC_BROWSER_KEY=NRJS-${fake(HEX, 19, 'nr-3')}`], noMatch: [`${'nrjs-'}short`, `${'nrjs-'}${'x'.repeat(40)}`] },
  'new-relic-admin-api-key': { match: [`NEW_RELIC_ADMIN_KEY=NRAA-${fake(HEX, 27, 'nr-5')}`], noMatch: [`${'nraa-'}short`, `${'nraa-'}${'x'.repeat(40)}`, `NRAA-${fake(HEX, 20, 'nr-6')}`, `NRAA-${fake(HEX, 32, 'nr-7')}`],
    files: [
      {
        name: 'admin and Insights query keys in a script',
        path: 'scripts/nr-report.sh',
        text: [
          `export NEW_RELIC_ADMIN_API_KEY=NRAA-${fake(HEX, 27, 's-nr-aa-1')}`,
          `curl -H "X-Query-Key: NRIQ-${fake(B64URL, 32, 's-nr-iq-1')}" "https://insights-api.eu.newrelic.com/v1/accounts/1/query?nrql=SELECT%20count(*)%20FROM%20Transaction"`,
        ].join('\n'),
        findings: [
          ['new-relic-admin-api-key', 1],
          ['new-relic-insights-query-key', 2],
        ],
      },
    ],
  },
  'new-relic-insights-query-key': { match: [`insights_query_key = "NRIQ-${fake(B64URL, 32, 'nr-8')}"`], noMatch: [`${'nriq-'}short`, `${'nriq-'}${'x'.repeat(40)}`, 'insights_query_key = "NRIQ-secret"', `NRIQ-${fake(B64URL, 40, 'nr-9')}`] },
  'new-relic-license-key': {
    match: [
      `NEW_RELIC_LICENSE_KEY=${fake(HEX, 36, 'nr-4')}NRAL`,
      `newrelic.ConfigLicense("${fake(HEX, 32, 'nr-10')}FFFFNRAL")`,
      `license_key: eu01xx${fake(HEX, 30, 'nr-11')}NRAL`,
    ],
    noMatch: ['NRAL', `license_key: eu01xx${fake(HEX, 26, 'nr-12')}NRAL`, 'license_key: eu01xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxNRAL', `license_key: xeu01xx${fake(HEX, 30, 'nr-13')}NRAL`],
    files: [
      {
        name: 'a newrelic.yml with a license key',
        path: 'newrelic.yml',
        text: `common: &default_settings\n  license_key: ${fake(HEX, 36, 's-2')}NRAL\n  app_name: api\n`,
        findings: [['new-relic-license-key', 2]],
      },
      {
        name: 'an EU-region license key in the agent config',
        path: 'newrelic.yml',
        text: `common: &default_settings\n  license_key: eu01xx${fake(HEX, 30, 's-nr-eu-1')}NRAL\n  app_name: api\n`,
        findings: [['new-relic-license-key', 2]],
      },
    ],
  },
};
