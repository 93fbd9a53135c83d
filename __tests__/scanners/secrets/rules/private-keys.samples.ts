// True and false samples of src/scanners/secrets/rules/private-keys.ts, built when the tests run.
import { fake, fakePemBody, fakePrivateKey } from '../fake.js';
import type { RuleSample, RuleSamples } from './samples.js';

/** A fake key of `bytes` DER bytes behind a real key's first bytes (the rest is random). */
function fakeDerKey(lead: string, bytes: number, seed: string): string {
  const head = Buffer.from(lead, 'hex');
  const body = Buffer.from(fake('0123456789abcdef', (bytes - head.length) * 2, seed), 'hex');
  return Buffer.concat([head, body]).toString('base64');
}

const b64Of = (text: string): string => Buffer.from(text, 'utf8').toString('base64');

const wrap = (b64: string, width: number, indent: string): string => (b64.match(new RegExp(`.{1,${width}}`, 'g')) as string[]).join(`\n${indent}`);

const pem = (label: string, seed: string, bytes = 1190, headers = ''): string =>
  `-----BEGIN ${label}-----\n${headers}${fakePemBody(seed, bytes)}\n-----END ${label}-----\n`;

export const SAMPLES: RuleSamples = {
  'private-key-rsa': pemSamples('RSA PRIVATE KEY', `ssh_key: |\n  ${pem('RSA PRIVATE KEY', 'pk-rsa').replace(/\n/g, '\n  ')}`),
  'private-key-ec': pemSamples('EC PRIVATE KEY', pem('EC PRIVATE KEY', 'pk-ec', 121)),
  'private-key-dsa': pemSamples('DSA PRIVATE KEY', pem('DSA PRIVATE KEY', 'pk-dsa', 440)),
  'private-key-pkcs8': pemSamples('PRIVATE KEY', `const key = "${pem('PRIVATE KEY', 'pk-p8').replace(/\n/g, '\\n')}";`),
  'private-key-encrypted': pemSamples('ENCRYPTED PRIVATE KEY', pem('ENCRYPTED PRIVATE KEY', 'pk-enc', 1300)),
  'private-key-openssh': pemSamples('OPENSSH PRIVATE KEY', pem('OPENSSH PRIVATE KEY', 'pk-ossh', 400)),
  'private-key-pgp': pemSamples('PGP PRIVATE KEY BLOCK', pem('PGP PRIVATE KEY BLOCK', 'pk-pgp', 900, 'Version: GnuPG v2\n\n')),
  'private-key-der-base64': {
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
  'private-key-pem-base64': {
    match: [
      `  tls.key: ${b64Of(fakePrivateKey('RSA ', 'pk-b64-1'))}`,
      `SSH_PRIVATE_KEY_B64="${b64Of(fakePrivateKey('OPENSSH ', 'pk-b64-2', 400))}"`,
      `key: |\n  ${wrap(b64Of(fakePrivateKey('EC ', 'pk-b64-3', 121)), 76, '  ')}\n`,
    ],
    noMatch: [
      `  tls.crt: ${b64Of(`-----BEGIN CERTIFICATE-----\n${fakePemBody('pk-b64-4', 900)}\n-----END CERTIFICATE-----\n`)}`,
      `  key.pub: ${b64Of(`-----BEGIN PUBLIC KEY-----\n${fakePemBody('pk-b64-5', 294)}\n-----END PUBLIC KEY-----\n`)}`,
      `  tls.key: ${b64Of('-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----\n')}`,
      `  tls.key: ${b64Of('-----BEGIN PRIVATE KEY-----\n<your key here>\n-----END PRIVATE KEY-----\n')}`,
    ],
  },
  'private-key-ssh2-encrypted': {
    match: [`---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----\nComment: "deploy"\n${fakePemBody('pk-ssh2', 700, 'P2/')}\n---- END SSH2 ENCRYPTED PRIVATE KEY ----`],
    noMatch: ['---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----\n...\n---- END SSH2 ENCRYPTED PRIVATE KEY ----'],
  },
  'putty-private-key': {
    match: [
      `PuTTY-User-Key-File-3: ssh-rsa\nEncryption: none\nComment: deploy\nPublic-Lines: 2\n${fakePemBody('ppk-pub', 90, 'AAAA')}\nPrivate-Lines: 3\n${fakePemBody('ppk-priv', 140, 'AAAB')}\nPrivate-MAC: ${fake('0123456789abcdef', 64, 'ppk-mac')}\n`,
    ],
    noMatch: ['Private-Lines: 3\nAAAA\n'],
  },
  'age-secret-key': {
    match: [`# created: 2024-05-01\nAGE-SECRET-KEY-1${fake('QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', 58, 'age-1')}`],
    noMatch: ['AGE-SECRET-KEY-1QQQQ'],
  },
};

/** Samples of one PEM block type: a whole key (and one with a mistyped END line) matches; elided or truncated bodies do not. */
function pemSamples(label: string, example: string): RuleSample {
  return {
    match: [example, example.replace(`-----END ${label}-----`, `-----END ${label}----`)],
    noMatch: [`-----BEGIN ${label}-----\n...\n-----END ${label}-----`, `-----BEGIN ${label}-----\nMIIEowIBAAKCAQEA\n-----END ${label}-----`],
  };
}
