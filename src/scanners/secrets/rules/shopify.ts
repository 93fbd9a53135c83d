// Shopify secret rules (saas family). Samples: __tests__/scanners/secrets/rules/shopify.samples.ts.
import { type SecretRule } from '../rule.js';
import { prefixedToken, run } from './build.js';

export const SHOPIFY_RULES: SecretRule[] = [
  // Shopify documents 32 hex characters; tokens in the wild and other scanners' cases also show
  // mixed-case bodies up to 38 characters, and the prefixes are distinctive enough to accept them.
  prefixedToken('shopify-access-token', 'Shopify Admin API access token', 'critical', { family: 'saas', prefix: 'shpat_', body: run('A-Za-z0-9', 32, 40) }),
  prefixedToken('shopify-custom-app-token', 'Shopify custom app access token', 'critical', { family: 'saas', prefix: 'shpca_', body: run('A-Za-z0-9', 32, 40) }),
  prefixedToken('shopify-private-app-token', 'Shopify private app password', 'critical', { family: 'saas', prefix: 'shppa_', body: run('A-Za-z0-9', 32, 40) }),
  prefixedToken('shopify-shared-secret', 'Shopify app shared secret', 'high', { family: 'saas', prefix: 'shpss_', body: run('A-Za-z0-9', 32, 40) }),
];
