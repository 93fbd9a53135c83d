// DigitalOcean secret rules (saas family). Samples: __tests__/scanners/secrets/rules/digitalocean.samples.ts.
import { type SecretRule } from '../rule.js';
import { prefixedToken, run } from './build.js';

export const DIGITALOCEAN_RULES: SecretRule[] = [
  prefixedToken('digitalocean-pat', 'DigitalOcean personal access token', 'critical', { family: 'saas', prefix: 'dop_v1_', body: run('a-f0-9', 64) }),
  prefixedToken('digitalocean-oauth-token', 'DigitalOcean OAuth access token', 'critical', { family: 'saas', prefix: 'doo_v1_', body: run('a-f0-9', 64) }),
  prefixedToken('digitalocean-refresh-token', 'DigitalOcean OAuth refresh token', 'high', { family: 'saas', prefix: 'dor_v1_', body: run('a-f0-9', 64) }),
];
