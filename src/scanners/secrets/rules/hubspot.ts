// HubSpot secret rules (saas family). Samples: __tests__/scanners/secrets/rules/hubspot.samples.ts.
import { defineRule, TOKEN_CHARS, type SecretRule } from '../rule.js';

export const HUBSPOT_RULES: SecretRule[] = [
  defineRule({
    id: 'hubspot-private-app-token',
    family: 'saas',
    description: 'HubSpot private app access token',
    severity: 'high',
    keywords: ['pat-na', 'pat-eu'],
    pattern: /(pat-(?:na|eu)[0-9]-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/,
    boundary: TOKEN_CHARS,
    minEntropy: 3,
  }),
];
