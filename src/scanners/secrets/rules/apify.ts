// Apify secret rules (saas family). Samples: __tests__/scanners/secrets/rules/apify.samples.ts.
import { type SecretRule } from '../rule.js';
import { prefixedToken, run } from './build.js';

export const APIFY_RULES: SecretRule[] = [
  prefixedToken('apify-api-token', 'Apify API token', 'high', { family: 'saas', prefix: 'apify_api_', body: run('A-Za-z0-9', 36), minEntropy: 3.5 }),
];
