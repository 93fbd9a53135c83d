// Grafana secret rules (saas family). Samples: __tests__/scanners/secrets/rules/grafana.samples.ts.
import { defineRule, type SecretRule } from '../rule.js';
import { prefixedToken } from './build.js';

export const GRAFANA_RULES: SecretRule[] = [
  prefixedToken('grafana-service-account-token', 'Grafana service account token', 'high', { family: 'saas', prefix: 'glsa_', body: '[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}' }),
  prefixedToken('grafana-cloud-token', 'Grafana Cloud access policy token', 'high', { family: 'saas', prefix: 'glc_', body: '[A-Za-z0-9+/]{32,400}={0,3}', minEntropy: 4, boundary: 'A-Za-z0-9_+/' }),
  // Base64 of `{"k":"...","n":"<name>","id":<n>}`; other `{"k":` blobs (Power BI report links) are not keys.
  prefixedToken('grafana-api-key', 'Grafana API key', 'high', { family: 'saas', prefix: 'eyJrIjoi', body: '[A-Za-z0-9]{70,400}={0,3}', boundary: 'A-Za-z0-9_+/', minEntropy: 4, validate: (secret) => /"n":"[^"]*","id":\d/.test(Buffer.from(secret, 'base64').toString('latin1')) }),
];
