// HashiCorp Vault secret rules (saas family). Samples: __tests__/scanners/secrets/rules/hashicorp-vault.samples.ts.
import type { SecretRule } from '../rule.js';
import { keywordAssigned, prefixedToken, run } from './build.js';

export const HASHICORP_VAULT_RULES: SecretRule[] = [
  prefixedToken('vault-service-token', 'HashiCorp Vault service token', 'critical', { family: 'saas', prefix: 'hvs.', body: run('A-Za-z0-9_-', 90, 120), minEntropy: 4 }),
  prefixedToken('vault-batch-token', 'HashiCorp Vault batch token', 'high', { family: 'saas', prefix: 'hvb.', body: run('A-Za-z0-9_-', 138, 300), minEntropy: 4 }),
  keywordAssigned('vault-legacy-token', 'HashiCorp Vault token', 'high', {
    family: 'saas',
    keywords: ['vault'],
    credential: 'token',
    value: 's\\.[A-Za-z0-9]{24}',
    minEntropy: 3.5,
    validate: (s) => /[0-9]/.test(s) && /[A-Z]/.test(s) && /[a-z]/.test(s.slice(2)),
  }),
];
