// HubSpot secret rules (saas family). Samples: __tests__/scanners/secrets/rules/hubspot.samples.ts.
import type { SecretRule } from '../rule.js';
import { prefixedToken, UUID } from './build.js';

export const HUBSPOT_RULES: SecretRule[] = [
  // `pat-<region><digit>-` and a UUID.
  prefixedToken('hubspot-private-app-token', 'HubSpot private app access token', 'high', { family: 'saas', prefix: ['pat-na', 'pat-eu'], body: `[0-9]-${UUID}` }),
];
