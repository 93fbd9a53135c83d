// Private keys: PEM (RSA, EC, DSA, PKCS#8, encrypted PKCS#8, OpenSSH), PGP, SSH2, PuTTY, age.
import { fake, fakePemBody } from '../fake.js';
import { defineRule, type SecretRule } from '../rule.js';
import { blockBody } from './pem.js';

/** A PEM private key block of one type. */
function pemRule(id: string, label: string, description: string, severity: SecretRule['severity'], example: string): SecretRule {
  return defineRule({
    id,
    family: 'private-key',
    description,
    severity,
    keywords: [`begin ${label.toLowerCase()}`],
    pattern: new RegExp(`-----BEGIN ${label}-----`),
    extract: (m, ctx) => blockBody(m, ctx, `-----END ${label}-----`),
    examples: {
      match: [example],
      noMatch: [`-----BEGIN ${label}-----\n...\n-----END ${label}-----`, `-----BEGIN ${label}-----\nMIIEowIBAAKCAQEA\n-----END ${label}-----`],
    },
  });
}

const pem = (label: string, seed: string, bytes = 1190, headers = ''): string =>
  `-----BEGIN ${label}-----\n${headers}${fakePemBody(seed, bytes)}\n-----END ${label}-----\n`;

export const PRIVATE_KEY_RULES: SecretRule[] = [
  pemRule('private-key-rsa', 'RSA PRIVATE KEY', 'RSA private key', 'critical', `ssh_key: |\n  ${pem('RSA PRIVATE KEY', 'pk-rsa').replace(/\n/g, '\n  ')}`),
  pemRule('private-key-ec', 'EC PRIVATE KEY', 'EC private key', 'critical', pem('EC PRIVATE KEY', 'pk-ec', 121)),
  pemRule('private-key-dsa', 'DSA PRIVATE KEY', 'DSA private key', 'critical', pem('DSA PRIVATE KEY', 'pk-dsa', 440)),
  pemRule('private-key-pkcs8', 'PRIVATE KEY', 'PKCS#8 private key', 'critical', `const key = "${pem('PRIVATE KEY', 'pk-p8').replace(/\n/g, '\\n')}";`),
  pemRule('private-key-encrypted', 'ENCRYPTED PRIVATE KEY', 'Encrypted PKCS#8 private key', 'medium', pem('ENCRYPTED PRIVATE KEY', 'pk-enc', 1300)),
  pemRule('private-key-openssh', 'OPENSSH PRIVATE KEY', 'OpenSSH private key', 'critical', pem('OPENSSH PRIVATE KEY', 'pk-ossh', 400)),
  pemRule('private-key-pgp', 'PGP PRIVATE KEY BLOCK', 'PGP private key block', 'critical', pem('PGP PRIVATE KEY BLOCK', 'pk-pgp', 900, 'Version: GnuPG v2\n\n')),
  defineRule({
    id: 'private-key-ssh2-encrypted',
    family: 'private-key',
    description: 'SSH2 encrypted private key',
    severity: 'medium',
    keywords: ['begin ssh2 encrypted private key'],
    pattern: /---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----/,
    extract: (m, ctx) => blockBody(m, ctx, '---- END SSH2 ENCRYPTED PRIVATE KEY ----'),
    examples: {
      match: [`---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----\nComment: "deploy"\n${fakePemBody('pk-ssh2', 700, 'P2/')}\n---- END SSH2 ENCRYPTED PRIVATE KEY ----`],
      noMatch: ['---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----\n...\n---- END SSH2 ENCRYPTED PRIVATE KEY ----'],
    },
  }),
  defineRule({
    id: 'putty-private-key',
    family: 'private-key',
    description: 'PuTTY private key',
    severity: 'critical',
    keywords: ['putty-user-key-file'],
    pattern: /Private-Lines:[ \t]{0,3}[0-9]{1,3}\r?\n((?:[A-Za-z0-9+/=]{1,64}\r?\n){1,200})/,
    inContext: (ctx) => ctx.text.slice(Math.max(0, ctx.matchStart - 16000), ctx.matchStart).includes('PuTTY-User-Key-File-'),
    validate: (s) => s.replace(/\s/g, '').length >= 20,
    examples: {
      match: [
        `PuTTY-User-Key-File-3: ssh-rsa\nEncryption: none\nComment: deploy\nPublic-Lines: 2\n${fakePemBody('ppk-pub', 90, 'AAAA')}\nPrivate-Lines: 3\n${fakePemBody('ppk-priv', 140, 'AAAB')}\nPrivate-MAC: ${fake('0123456789abcdef', 64, 'ppk-mac')}\n`,
      ],
      noMatch: ['Private-Lines: 3\nAAAA\n'],
    },
  }),
  defineRule({
    id: 'age-secret-key',
    family: 'private-key',
    description: 'age encryption secret key',
    severity: 'critical',
    keywords: ['age-secret-key-1'],
    pattern: /(AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58})/,
    boundary: 'A-Za-z0-9',
    minEntropy: 3.5,
    examples: {
      match: [`# created: 2024-05-01\nAGE-SECRET-KEY-1${fake('QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', 58, 'age-1')}`],
      noMatch: ['AGE-SECRET-KEY-1QQQQ'],
    },
  }),
];
