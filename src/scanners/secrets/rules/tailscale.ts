// Tailscale keys (cloud family): `tskey-<kind>-<key id>-<secret>`, the kind being `auth`, `api`,
// `client` (OAuth client secret), `scim`, `webhook`... Samples: __tests__/scanners/secrets/rules/tailscale.samples.ts.
import type { SecretRule } from '../rule.js';
import { prefixedToken, run } from './build.js';

export const TAILSCALE_RULES: SecretRule[] = [
  prefixedToken('tailscale-key', 'Tailscale key', 'high', { family: 'cloud', prefix: 'tskey-', body: `[a-z]{3,10}-${run('A-Za-z0-9', 8, 20)}-${run('A-Za-z0-9', 24, 40)}`, anchored: true, minEntropy: 3.5 }),
];
