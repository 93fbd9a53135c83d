// Unix crypt(3) password hashes (md5-crypt, bcrypt, sha256-crypt, sha512-crypt) and Cisco type 8
// secrets: not the password itself, but committed hashes can be cracked offline and often guard
// real accounts (/etc/shadow copies, htpasswd files, seed data, device configs). Not in test files or vendored code.
import { classifyContext } from '../../../workspace/context.js';
import { isVendored } from '../files.js';
import { defineRule, type SecretRule } from '../rule.js';

const C = '[./A-Za-z0-9]';

const BOUNDARY = './A-Za-z0-9';

function hashRule(
  id: string,
  algorithm: string,
  keywords: string[],
  pattern: RegExp,
): SecretRule {
  return defineRule({
    id,
    family: 'password-hash',
    description: `Password hash (${algorithm})`,
    severity: 'medium',
    keywords,
    anchored: true,
    pattern,
    boundary: BOUNDARY,
    minEntropy: 3,
    // Test fixtures hash their test users' passwords by design, and vendored code hashes its own
    // (exporter-toolkit's timing guard hashes "fakepassword"); a hash elsewhere (seed data, a
    // copied /etc/shadow, a device config) guards a real account.
    inContext: (ctx) => classifyContext(ctx.path) !== 'test' && !isVendored(ctx.path),
  });
}

export const PASSWORD_HASHES_RULES: SecretRule[] = [
  // $1$<salt: up to 8>$<22>
  hashRule('password-hash-md5-crypt', 'md5-crypt', ['$1$'], new RegExp(`(\\$1\\$${C}{0,8}\\$${C}{22})`)),
  // $2a$ / $2b$ / $2y$, two-digit cost, 22 characters of salt and 31 of hash
  hashRule('password-hash-bcrypt', 'bcrypt', ['$2a$', '$2b$', '$2y$'], new RegExp(`(\\$2[aby]\\$[0-9]{2}\\$${C}{53})`)),
  // $5$[rounds=N$]<salt: up to 16>$<43>
  hashRule('password-hash-sha256-crypt', 'sha256-crypt', ['$5$'], new RegExp(`(\\$5\\$(?:rounds=[0-9]{1,9}\\$)?${C}{1,16}\\$${C}{43})`)),
  // $6$[rounds=N$]<salt: up to 16>$<86>
  hashRule('password-hash-sha512-crypt', 'sha512-crypt', ['$6$'], new RegExp(`(\\$6\\$(?:rounds=[0-9]{1,9}\\$)?${C}{1,16}\\$${C}{86})`)),
  // Cisco IOS type 8 (PBKDF2-SHA256): $8$<14>$<43>
  hashRule('password-hash-cisco-type8', 'Cisco type 8', ['$8$'], new RegExp(`(\\$8\\$${C}{14}\\$${C}{43})`)),
];
