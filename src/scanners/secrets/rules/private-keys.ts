// Private keys: PEM (RSA, EC, DSA, PKCS#8, encrypted PKCS#8, OpenSSH), PGP, SSH2, PuTTY, age.
import { skipBlanks } from '../char-class.js';
import { isPlaceholderOrReference } from '../placeholders.js';
import { defineRule, type ExtractContext, type ExtractedSecret, type SecretRule } from '../rule.js';
import { hasKeyMaterial, isWellFormedKeyBody } from './pem.js';
import { delimitedBlock, pemBlock, prefixedToken, run } from './build.js';

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

/** Longest base64 a PEM private key is read from (a 4096-bit RSA key with headers is about 4,500). */
const MAX_PEM_BASE64 = 12000;

const isBase64Char = (c: string | undefined): boolean => c !== undefined && /[A-Za-z0-9+/]/.test(c);

/**
 * The base64 run that starts with `LS0tLS1CRUdJTi` (`-----BEGIN`), read in code so the pattern
 * stays short: one line, or lines wrapped at a fixed width of 60+ characters (`base64` wraps at
 * 76, `openssl base64` at 64) with any indentation, up to MAX_PEM_BASE64 characters.
 */
function pemBase64(m: RegExpExecArray, ctx: ExtractContext): ExtractedSecret | undefined {
  const text = ctx.text;
  const start = m.index;
  if (start > 0 && isBase64Char(text[start - 1])) return undefined;
  const limit = Math.min(text.length, start + MAX_PEM_BASE64 + 2);
  let pos = start;
  let lineStart = start;
  for (;;) {
    while (pos < limit && isBase64Char(text[pos])) pos++;
    if (text[pos] === '=') {
      pos++;
      if (text[pos] === '=') pos++;
      break;
    }
    const width = pos - lineStart;
    const eol = text[pos] === '\r' && text[pos + 1] === '\n' ? 2 : text[pos] === '\n' ? 1 : 0;
    if (eol === 0 || width < 60 || width % 4 !== 0) break;
    const next = skipBlanks(text, pos + eol, limit);
    let runEnd = next;
    while (runEnd < limit && isBase64Char(text[runEnd])) runEnd++;
    const after = text[runEnd];
    if (runEnd === next || !(after === undefined || after === '=' || after === '\n' || after === '\r' || after === '"' || after === "'")) break;
    pos = next;
    lineStart = next;
  }
  if (pos - start > MAX_PEM_BASE64 || isBase64Char(text[pos])) return undefined;
  ctx.skipTo(pos);
  const secret = text.slice(start, pos);
  const decoded = decodedPem(secret);
  const encrypted = decoded !== undefined && /ENCRYPTED PRIVATE KEY|Proc-Type:[ \t]*4,ENCRYPTED/.test(decoded);
  return { secret, start, severity: encrypted ? 'medium' : undefined };
}

/** The decoded PEM text of a base64 run, when it is one. */
function decodedPem(b64: string): string | undefined {
  const decoded = Buffer.from(b64.replace(/\s+/g, ''), 'base64').toString('latin1');
  return decoded.startsWith('-----BEGIN ') ? decoded : undefined;
}

/** The decoded PEM's body is a well-formed key (see isWellFormedKeyBody). */
function isBase64PemWellFormedKey(secret: string): boolean {
  const decoded = decodedPem(secret);
  if (decoded === undefined) return false;
  const body = decoded.replace(/^-----BEGIN [^-]{1,60}-----/, '').replace(/-----END[\s\S]*$/, '');
  return isWellFormedKeyBody(body);
}

/** The base64 decodes to a PEM private key block with key material in it (not a truncated doc example). */
function isBase64PemPrivateKey(secret: string): boolean {
  const decoded = decodedPem(secret);
  if (decoded === undefined) return false;
  const begin = /^-----BEGIN ([A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?)-----/.exec(decoded);
  if (!begin) return false;
  let body = decoded.slice(begin[0].length);
  const end = body.indexOf('-----END');
  if (end !== -1) body = body.slice(0, end);
  return hasKeyMaterial(body) && (!isPlaceholderOrReference(body.trim()) || isWellFormedKeyBody(body));
}

export const PRIVATE_KEYS_RULES: SecretRule[] = [
  pemBlock('private-key-rsa', 'RSA private key', 'critical', 'RSA PRIVATE KEY', { verify: isWellFormedKeyBody }),
  pemBlock('private-key-ec', 'EC private key', 'critical', 'EC PRIVATE KEY', { verify: isWellFormedKeyBody }),
  pemBlock('private-key-dsa', 'DSA private key', 'critical', 'DSA PRIVATE KEY', { verify: isWellFormedKeyBody }),
  pemBlock('private-key-pkcs8', 'PKCS#8 private key', 'critical', 'PRIVATE KEY', { verify: isWellFormedKeyBody }),
  // Encrypted and PGP bodies are not DER that can be checked.
  pemBlock('private-key-encrypted', 'Encrypted PKCS#8 private key', 'medium', 'ENCRYPTED PRIVATE KEY'),
  pemBlock('private-key-openssh', 'OpenSSH private key', 'critical', 'OPENSSH PRIVATE KEY', { verify: isWellFormedKeyBody }),
  pemBlock('private-key-pgp', 'PGP private key block', 'critical', 'PGP PRIVATE KEY BLOCK'),
  defineRule({
    // One-off (DER read in code): keys stored without the PEM armour: env vars, JSON fields,
    // keystores exported as one line.
    id: 'private-key-der-base64',
    family: 'private-key',
    description: 'Private key (base64 DER without PEM header)',
    severity: 'critical',
    keywords: ['ibaaj', 'ibaak', 'ibadan', 'ibadcc', 'ageamb', 'agebbd', 'agebbe', 'mhccaqee', 'mc4caqawbqydk2vw'],
    pattern: new RegExp(`(${DER_KEY_LEAD}[A-Za-z0-9+/]{40,3300}={0,2})`),
    boundary: 'A-Za-z0-9+/',
    minEntropy: 4.5,
    validate: wholeDerKey,
    verify: isWellFormedKeyBody,
  }),
  defineRule({
    // One-off (decoded in code): a PEM key stored base64-encoded (Kubernetes Secret data, CI
    // variables, Helm values, JSON): `LS0tLS1CRUdJTi` is the base64 of `-----BEGIN`; the decoded
    // text must be a private key block.
    id: 'private-key-pem-base64',
    family: 'private-key',
    description: 'Private key (base64-encoded PEM)',
    severity: 'critical',
    keywords: ['ls0tls1crudjti'],
    anchored: true,
    pattern: /LS0tLS1CRUdJTi[A-Za-z0-9+/]{20}/,
    extract: pemBase64,
    validate: isBase64PemPrivateKey,
    verify: isBase64PemWellFormedKey,
  }),
  delimitedBlock('private-key-ssh2-encrypted', 'SSH2 encrypted private key', 'medium', {
    family: 'private-key',
    keywords: ['begin ssh2 encrypted private key'],
    begin: '---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----',
    end: '---- END SSH2 ENCRYPTED PRIVATE KEY ----',
  }),
  defineRule({
    // One-off: the `Private-Lines:` section of a PuTTY key file (its header seen before it).
    id: 'putty-private-key',
    family: 'private-key',
    description: 'PuTTY private key',
    severity: 'critical',
    keywords: ['putty-user-key-file'],
    pattern: /Private-Lines:[ \t]{0,3}[0-9]{1,3}\r?\n((?:[A-Za-z0-9+/=]{1,64}\r?\n){1,200})/,
    inContext: (ctx) => ctx.text.slice(Math.max(0, ctx.matchStart - 16000), ctx.matchStart).includes('PuTTY-User-Key-File-'),
    validate: (s) => s.replace(/\s/g, '').length >= 20,
  }),
  prefixedToken('age-secret-key', 'age encryption secret key', 'critical', { family: 'private-key', prefix: 'AGE-SECRET-KEY-1', body: run('QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', 58), boundary: 'A-Za-z0-9', minEntropy: 3.5 }),
];
