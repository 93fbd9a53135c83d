// HashiCorp Vault secret rules (saas family). Samples: __tests__/scanners/secrets/rules/hashicorp-vault.samples.ts.
import { assignmentPattern, defineRule, WORD_CHARS, type SecretRule } from '../rule.js';
import { prefixedToken, run } from './build.js';

export const HASHICORP_VAULT_RULES: SecretRule[] = [
  prefixedToken('vault-service-token', 'HashiCorp Vault service token', 'critical', { family: 'saas', prefix: 'hvs.', body: run('A-Za-z0-9_-', 90, 120), minEntropy: 4 }),
  prefixedToken('vault-batch-token', 'HashiCorp Vault batch token', 'high', { family: 'saas', prefix: 'hvb.', body: run('A-Za-z0-9_-', 138, 300), minEntropy: 4 }),
  defineRule({
    id: 'vault-legacy-token',
    family: 'saas',
    description: 'HashiCorp Vault token',
    severity: 'high',
    keywords: ['vault'],
    pattern: assignmentPattern('vault[\\w.-]{0,20}token', 's\\.[A-Za-z0-9]{24}'),
    boundary: WORD_CHARS,
    minEntropy: 3.5,
    validate: (s) => /[0-9]/.test(s) && /[A-Z]/.test(s) && /[a-z]/.test(s.slice(2)),
  }),
];
