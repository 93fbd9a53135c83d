// Zoho secret rules (saas family). Samples: __tests__/scanners/secrets/rules/zoho.samples.ts.
import type { SecretRule } from '../rule.js';
import { prefixedToken } from './build.js';

export const ZOHO_RULES: SecretRule[] = [
  // OAuth access and refresh tokens (CRM, Books, Desk...): `1000.<32 hex>.<32 hex>`.
  prefixedToken('zoho-oauth-token', 'Zoho OAuth access or refresh token', 'high', { family: 'saas', prefix: '1000.', body: '[a-f0-9]{32}\\.[a-f0-9]{32}', anchored: true }),
];
