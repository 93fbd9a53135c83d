// Teamwork (Teamwork.com CRM, Desk, Spaces) API tokens (saas family). Samples:
// __tests__/scanners/secrets/rules/teamwork.samples.ts.
import type { SecretRule } from '../rule.js';
import { prefixedToken, run } from './build.js';

export const TEAMWORK_RULES: SecretRule[] = [
  // `tkn.v1_` and 71 alphanumerics, base64 padded with `=`.
  prefixedToken('teamwork-api-token', 'Teamwork API token', 'high', { family: 'saas', prefix: 'tkn.v1_', body: `${run('A-Za-z0-9', 71)}=`, minEntropy: 4 }),
];
