// Unix crypt(3) password hashes (md5-crypt, bcrypt, sha256-crypt, sha512-crypt) and Cisco type 8
// secrets: not the password itself, but committed hashes can be cracked offline and often guard
// real accounts (/etc/shadow copies, htpasswd files, seed data, device configs). Not in test files.
import { classifyContext } from '../../../workspace/context.js';
import { ALNUM, fake } from '../fake.js';
import { defineRule, type SecretRule } from '../rule.js';

/** The crypt(3) alphabet: `./0-9A-Za-z`. */
const CRYPT = './' + ALNUM;
const C = '[./A-Za-z0-9]';
const BOUNDARY = './A-Za-z0-9';

const h = (n: number, seed: string): string => fake(CRYPT, n, seed);

function hashRule(
  id: string,
  algorithm: string,
  keywords: string[],
  pattern: RegExp,
  examples: { match: string[]; noMatch: string[] },
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
    // Test fixtures hash their test users' passwords by design; a hash elsewhere (seed data, a
    // copied /etc/shadow, a device config) guards a real account.
    inContext: (ctx) => classifyContext(ctx.path) !== 'test',
    examples,
  });
}

export const PASSWORD_HASH_RULES: SecretRule[] = [
  // $1$<salt: up to 8>$<22>
  hashRule('password-hash-md5-crypt', 'md5-crypt', ['$1$'], new RegExp(`(\\$1\\$${C}{0,8}\\$${C}{22})`), {
    match: [`root:$1$${h(8, 'md5c-1')}$${h(22, 'md5c-2')}:19000:0:99999:7:::`],
    noMatch: ['s.replace(/(\\w+)-(\\w+)/, "$1$2")', `$1$${h(8, 'md5c-3')}$${h(12, 'md5c-4')}`, '$1$xxxxxxxx$xxxxxxxxxxxxxxxxxxxxxx'],
  }),
  // $2a$ / $2b$ / $2y$, two-digit cost, 22 characters of salt and 31 of hash
  hashRule('password-hash-bcrypt', 'bcrypt', ['$2a$', '$2b$', '$2y$'], new RegExp(`(\\$2[aby]\\$[0-9]{2}\\$${C}{53})`), {
    match: [`admin:$2y$10$${h(53, 'bcrypt-1')}`, `INSERT INTO users (email, password_hash) VALUES ('ops@corp.internal', '$2b$12$${h(53, 'bcrypt-2')}');`],
    noMatch: ['"$2a$10$"', `const prefix = '$2a$10$${h(20, 'bcrypt-3')}';`, `$2a$10$${'x'.repeat(53)}`, 'line.replace(re, "$1$2a$3")'],
  }),
  // $5$[rounds=N$]<salt: up to 16>$<43>
  hashRule('password-hash-sha256-crypt', 'sha256-crypt', ['$5$'], new RegExp(`(\\$5\\$(?:rounds=[0-9]{1,9}\\$)?${C}{1,16}\\$${C}{43})`), {
    match: [`deploy:$5$${h(16, 'sha256c-1')}$${h(43, 'sha256c-2')}:19500:0:99999:7:::`, `$5$rounds=80000$${h(16, 'sha256c-3')}$${h(43, 'sha256c-4')}`],
    noMatch: [`$5$${h(16, 'sha256c-5')}$${h(30, 'sha256c-6')}`, '"$5$1"'],
  }),
  // $6$[rounds=N$]<salt: up to 16>$<86>
  hashRule('password-hash-sha512-crypt', 'sha512-crypt', ['$6$'], new RegExp(`(\\$6\\$(?:rounds=[0-9]{1,9}\\$)?${C}{1,16}\\$${C}{86})`), {
    match: [`root:$6$${h(16, 'sha512c-1')}$${h(86, 'sha512c-2')}:19600:0:99999:7:::`, `password: "$6$rounds=656000$${h(16, 'sha512c-3')}$${h(86, 'sha512c-4')}"`],
    noMatch: [`$6$${h(16, 'sha512c-5')}$${h(43, 'sha512c-6')}`, `$6$${h(8, 'sha512c-7')}$${'x'.repeat(86)}`, 'perl -pe "s/(a)(b)/$6$7/"'],
  }),
  // Cisco IOS type 8 (PBKDF2-SHA256): $8$<14>$<43>
  hashRule('password-hash-cisco-type8', 'Cisco type 8', ['$8$'], new RegExp(`(\\$8\\$${C}{14}\\$${C}{43})`), {
    match: [`username admin privilege 15 secret 8 $8$${h(14, 'cisco8-1')}$${h(43, 'cisco8-2')}`],
    noMatch: [`secret 8 $8$${h(14, 'cisco8-3')}$${h(20, 'cisco8-4')}`, 'echo "$8$9"'],
  }),
];
