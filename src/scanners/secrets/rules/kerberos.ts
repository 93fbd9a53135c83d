// Kerberos tickets captured for offline cracking (AS-REP roasting, Kerberoasting) in hashcat's and
// John's formats: like a password hash, the encrypted part yields the account's password to a
// dictionary attack. Samples: __tests__/scanners/secrets/rules/kerberos.samples.ts.
import { defineRule, type SecretRule } from '../rule.js';

export const KERBEROS_RULES: SecretRule[] = [
  defineRule({
    // `$krb5asrep$23$[user@realm:]<32 hex checksum>$<hex>` (hashcat 18200).
    id: 'kerberos-asrep-hash',
    family: 'password-hash',
    description: 'Kerberos AS-REP hash (RC4, hashcat 18200)',
    severity: 'medium',
    keywords: ['$krb5asrep$'],
    anchored: true,
    pattern: /(\$krb5asrep\$(?:17|18|23)\$(?:[^$:\s]{1,200}:)?[a-f0-9]{24,32}\$[a-f0-9]{64,8000})/,
    boundary: 'A-Za-z0-9$',
  }),
  defineRule({
    // `$krb5tgs$23$*user$realm$spn*$<32 hex>$<hex>` (hashcat 13100) and the AES variants (19600, 19700).
    id: 'kerberos-tgs-hash',
    family: 'password-hash',
    description: 'Kerberos TGS-REP hash (Kerberoasting, hashcat 13100/19600/19700)',
    severity: 'medium',
    keywords: ['$krb5tgs$'],
    anchored: true,
    pattern: /(\$krb5tgs\$(?:17|18|23)\$(?:\*[^*\s]{1,300}\*\$|[^$\s]{1,100}\$[^$\s]{1,100}\$(?:[^$\s]{1,300}\$)?)?[a-f0-9]{24,32}\$[a-f0-9]{64,8000})/,
    boundary: 'A-Za-z0-9$',
  }),
];
