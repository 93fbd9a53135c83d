// True and false samples of src/scanners/secrets/rules/shopify.ts, built when the tests run.
import { fake, HEX } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'shopify-access-token': { match: [`SHOPIFY_ACCESS_TOKEN=shpat_${fake(HEX, 32, 'shop-1')}`], noMatch: [`${'shpat_'}short`, `${'shpat_'}${'x'.repeat(40)}`] },
  'shopify-custom-app-token': { match: [`SHOPIFY_TOKEN=shpca_${fake(HEX, 32, 'shop-2')}`], noMatch: [`${'shpca_'}short`, `${'shpca_'}${'x'.repeat(40)}`] },
  'shopify-private-app-token': { match: [`SHOPIFY_PASSWORD=shppa_${fake(HEX, 32, 'shop-3')}`], noMatch: [`${'shppa_'}short`, `${'shppa_'}${'x'.repeat(40)}`] },
  'shopify-shared-secret': { match: [`SHOPIFY_API_SECRET=shpss_${fake(HEX, 32, 'shop-4')}`], noMatch: [`${'shpss_'}short`, `${'shpss_'}${'x'.repeat(40)}`] },
};
