// True and false samples of src/scanners/secrets/rules/crossmint.ts, built when the tests run.
import { fake } from '../fake.js';
import type { RuleSamples } from './samples.js';

/** Base58 (Bitcoin alphabet), the body of Crossmint keys. */
const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

export const SAMPLES: RuleSamples = {
  'crossmint-server-api-key': {
    match: [`CROSSMINT_SERVER_API_KEY=sk_production_${fake(BASE58, 216, 'crossmint-1')}`],
    noMatch: ['CROSSMINT_SERVER_KEY=sk_staging_...', `sk_staging_${fake(BASE58, 40, 'crossmint-2')}`],
  },
  'crossmint-client-api-key': {
    match: [`<CrossmintProvider apiKey="ck_staging_${fake(BASE58, 216, 'crossmint-3')}">`],
    noMatch: ['name="ck_staging_zone_documents_status"', `ck_production_${fake(BASE58, 60, 'crossmint-4')}`],
  },
};
