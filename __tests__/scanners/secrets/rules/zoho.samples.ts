// True and false samples of src/scanners/secrets/rules/zoho.ts, built when the tests run.
import { fake, HEX } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'zoho-oauth-token': {
    match: [`Authorization: Zoho-oauthtoken ${'1000.'}${fake(HEX, 32, 'zoho-1')}.${fake(HEX, 32, 'zoho-2')}`, `refresh_token: "${'1000.'}${fake(HEX, 32, 'zoho-3')}.${fake(HEX, 32, 'zoho-4')}"`],
    noMatch: [`${'1000.'}${fake(HEX, 32, 'zoho-5')}`, 'timeout: 1000.5', `x${'1000.'}${fake(HEX, 32, 'zoho-6')}.${fake(HEX, 32, 'zoho-7')}`],
  },
};
