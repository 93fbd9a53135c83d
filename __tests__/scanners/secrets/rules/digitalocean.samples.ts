// True and false samples of src/scanners/secrets/rules/digitalocean.ts, built when the tests run.
import { fake, HEX } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'digitalocean-pat': { match: [`DIGITALOCEAN_TOKEN=dop_v1_${fake(HEX, 64, 'do-1')}`], noMatch: [`${'dop_v1_'}short`, `${'dop_v1_'}${'x'.repeat(40)}`] },
  'digitalocean-oauth-token': { match: [`DO_OAUTH_TOKEN=doo_v1_${fake(HEX, 64, 'do-2')}`], noMatch: [`${'doo_v1_'}short`, `${'doo_v1_'}${'x'.repeat(40)}`] },
  'digitalocean-refresh-token': { match: [`DO_REFRESH_TOKEN=dor_v1_${fake(HEX, 64, 'do-3')}`], noMatch: [`${'dor_v1_'}short`, `${'dor_v1_'}${'x'.repeat(40)}`] },
};
