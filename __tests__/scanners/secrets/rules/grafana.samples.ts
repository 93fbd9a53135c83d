// True and false samples of src/scanners/secrets/rules/grafana.ts, built when the tests run.
import { ALNUM, B64, fake, HEX } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'grafana-service-account-token': { match: [`GRAFANA_TOKEN=glsa_${fake(ALNUM, 32, 'glsa-1')}_${fake(HEX, 8, 'glsa-2')}`], noMatch: [`${'glsa_'}short`, `${'glsa_'}${'x'.repeat(40)}`] },
  'grafana-cloud-token': { match: [`GRAFANA_CLOUD_TOKEN=glc_${fake(B64, 120, 'glc-1')}`], noMatch: [`${'glc_'}short`, `${'glc_'}${'x'.repeat(40)}`] },
  'grafana-api-key': {
    match: [`GRAFANA_API_KEY=${Buffer.from(`{"k":"${fake(ALNUM, 32, 'grafana-1')}","n":"ci-deploy","id":1}`).toString('base64')}`],
    noMatch: [
      'eyjrijoishort',
      `https://app.powerbi.com/view?r=${Buffer.from(`{"k":"${fake(HEX, 32, 'grafana-2')}","t":"${fake(HEX, 32, 'grafana-3')}","c":8}`).toString('base64')}`,
    ],
  },
};
