// HashiCorp Vault secret rules (saas family). Samples: __tests__/scanners/secrets/rules/hashicorp-vault.samples.ts.
import { BASE64_CHARS, defineRule, type SecretRule } from '../rule.js';
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
  defineRule({
    // A Shamir share of the root key (33 bytes, 44 characters of base64), as `vault operator init`
    // prints it (`Unseal Key 1: ...`) and `vault operator unseal <key>` takes it: enough of them
    // decrypt the whole Vault. A one-off: the keyword and an optional share number precede a bare
    // value, with no assignment operator for keywordAssigned to anchor on.
    id: 'vault-unseal-key',
    family: 'saas',
    description: 'HashiCorp Vault unseal key',
    severity: 'critical',
    keywords: ['unseal'],
    anchored: true,
    // The colon's spaces are bounded: `[ \t]*:?[ \t]{1,5}` was linear but too ambiguous for recheck's
    // exact checker to decide in time, so its verdict fell to the load-dependent fuzzer.
    pattern: /unseal(?:[ \t]key)?(?:[ \t]{1,3}[0-9]{1,2})?(?:[ \t]{0,5}:)?[ \t]{1,5}([A-Za-z0-9+/]{43}[A-Za-z0-9+/=])/i,
    boundary: `${BASE64_CHARS}=`,
    minEntropy: 4,
  }),
];
