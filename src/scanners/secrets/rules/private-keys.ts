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
      // A mistyped END line still closes the block.
      match: [example, example.replace(`-----END ${label}-----`, `-----END ${label}----`)],
      noMatch: [`-----BEGIN ${label}-----\n...\n-----END ${label}-----`, `-----BEGIN ${label}-----\nMIIEowIBAAKCAQEA\n-----END ${label}-----`],
    },
  });
}

/**
 * Base64 DER that opens like a private key (PKCS#1 RSA, PKCS#8, SEC1 EC): SEQUENCE, then INTEGER
 * version 0 or 1, then the modulus, the algorithm or the EC key. Certificates and public keys
 * open differently.
 */
const DER_KEY_LEAD = '(?:MII[A-Za-z0-9+/]{2}[AQgw]IBA(?:A[IJKL]|DAN|DCC)|MI[GH][A-Za-z0-9+/]AgE(?:AMB|BBD|BBE)|MHcCAQEE|MC4CAQAwBQYDK2Vw)';

/** The blob is about as long as the DER length it announces: a whole key, not the start of some other stream. */
function wholeDerKey(secret: string): boolean {
  const der = Buffer.from(secret, 'base64');
  if (der[0] !== 0x30) return false;
  const l1 = der[1] as number;
  const nLen = l1 < 0x80 ? 0 : l1 & 0x7f;
  if (nLen > 2) return false;
  let len = l1;
  if (nLen > 0) {
    len = 0;
    for (let i = 0; i < nLen; i++) len = len * 256 + (der[2 + i] as number);
  }
  const total = 2 + nLen + len;
  return der.length >= total - 8 && der.length <= total + 2;
}

/** A fake key of `bytes` DER bytes behind a real key's first bytes (the rest is random). */
function fakeDerKey(lead: string, bytes: number, seed: string): string {
  const head = Buffer.from(lead, 'hex');
  const body = Buffer.from(fake('0123456789abcdef', (bytes - head.length) * 2, seed), 'hex');
  return Buffer.concat([head, body]).toString('base64');
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
    // Keys stored without the PEM armour: env vars, JSON fields, keystores exported as one line.
    id: 'private-key-der-base64',
    family: 'private-key',
    description: 'Private key (base64 DER without PEM header)',
    severity: 'critical',
    keywords: ['ibaaj', 'ibaak', 'ibadan', 'ibadcc', 'ageamb', 'agebbd', 'agebbe', 'mhccaqee', 'mc4caqawbqydk2vw'],
    pattern: new RegExp(`(${DER_KEY_LEAD}[A-Za-z0-9+/]{40,3300}={0,2})`),
    boundary: 'A-Za-z0-9+/',
    minEntropy: 4.5,
    validate: wholeDerKey,
    examples: {
      match: [
        // PKCS#1 RSA (2048 bits) and PKCS#8 RSA leads, as a JSON field and an env var.
        `{"signingKey": "${fakeDerKey('308204a40201000282010100', 1192, 'der-1')}"}`,
        `JWT_PRIVATE_KEY=${fakeDerKey('308204be020100300d06092a864886f70d0101010500048204a8', 1218, 'der-2')}`,
      ],
      noMatch: [
        // A certificate (SEQUENCE, SEQUENCE): public.
        `cert: ${fakeDerKey('3082037730820260a003020102', 891, 'der-3')}`,
        // A key's first bytes followed by more data than it announces.
        `blob: ${fakeDerKey('3082013a020100024100', 600, 'der-4')}`,
      ],
    },
  }),
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
