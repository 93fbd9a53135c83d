// Deno Deploy access tokens (cloud family): `ddp_` (personal) or `ddw_` (organization) and 36
// alphanumerics. Samples: __tests__/scanners/secrets/rules/deno.samples.ts.
import type { SecretRule } from '../rule.js';
import { prefixedToken, run } from './build.js';

export const DENO_RULES: SecretRule[] = [
  prefixedToken('deno-deploy-token', 'Deno Deploy personal access token', 'high', { family: 'cloud', prefix: 'ddp_', body: run('A-Za-z0-9', 36), anchored: true, minEntropy: 3.5 }),
  prefixedToken('deno-deploy-organization-token', 'Deno Deploy organization access token', 'high', { family: 'cloud', prefix: 'ddw_', body: run('A-Za-z0-9', 36), anchored: true, minEntropy: 3.5 }),
];
