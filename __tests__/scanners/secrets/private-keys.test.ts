// Private keys in files, strings and documents.
import { fake, fakePemBody, fakePrivateKey } from './fake.js';
import { hits, scan } from './helpers.js';

describe('private keys', () => {
  it('a PEM key file: one finding at the first line of the key material', () => {
    const text = fakePrivateKey('RSA ', 'pk-1');
    const findings = scan(text, 'certs/server.key');
    expect(findings.map((f) => [f.ruleId, f.line, f.column])).toEqual([['secrets/private-key-rsa', 2, 1]]);
    expect(findings[0]?.redacted).toMatch(/^MII/);
    expect(JSON.stringify(findings)).not.toContain(text.split('\n')[2] as string);
  });

  it('keys embedded in YAML and in JSON-escaped strings', () => {
    const yaml = `ssh:\n  private_key: |\n    -----BEGIN OPENSSH PRIVATE KEY-----\n    ${fakePemBody('pk-2', 400, 'b3Bl').replace(/\n/g, '\n    ')}\n    -----END OPENSSH PRIVATE KEY-----\n`;
    expect(hits(yaml, 'ansible/vars.yml')).toEqual([['private-key-openssh', 4]]);
    const js = `const key = "${fakePrivateKey('EC ', 'pk-3', 121).replace(/\n/g, '\\n')}";`;
    expect(hits(js, 'src/sign.js')).toEqual([['private-key-ec', 1]]);
  });

  it('encrypted keys are reported at medium severity', () => {
    const [f] = scan(fakePrivateKey('ENCRYPTED ', 'pk-4', 1300), 'client.key');
    expect(f).toMatchObject({ ruleId: 'secrets/private-key-encrypted', severity: 'medium' });
  });

  it('PuTTY and PGP private keys', () => {
    const ppk = `PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: ci\nPublic-Lines: 2\n${fakePemBody('pk-5', 60, 'AAAA')}\nPrivate-Lines: 1\n${fakePemBody('pk-6', 36, 'AAAA')}\nPrivate-MAC: ${fake('0123456789abcdef', 64, 'pk-7')}\n`;
    expect(hits(ppk, 'keys/ci.ppk')).toEqual([['putty-private-key', 8]]);
    const pgp = `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n${fakePemBody('pk-8', 900, 'lQ')}\n=abcd\n-----END PGP PRIVATE KEY BLOCK-----\n`;
    expect(hits(pgp, 'keys/signing.asc')).toEqual([['private-key-pgp', 3]]);
  });

  it('two keys in one file are two findings', () => {
    const text = `${fakePrivateKey('RSA ', 'pk-9')}\n${fakePrivateKey('', 'pk-10')}`;
    expect(hits(text, 'bundle.pem').map(([id]) => id)).toEqual(['private-key-rsa', 'private-key-pkcs8']);
  });

  it('public keys, certificates and truncated doc examples are quiet', () => {
    const text = [
      `-----BEGIN PUBLIC KEY-----\n${fakePemBody('pk-11', 294)}\n-----END PUBLIC KEY-----`,
      `-----BEGIN CERTIFICATE-----\n${fakePemBody('pk-12', 900)}\n-----END CERTIFICATE-----`,
      '-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----',
      '-----BEGIN PRIVATE KEY-----\n<your key here>\n-----END PRIVATE KEY-----',
    ].join('\n');
    expect(hits(text, 'docs/tls.md')).toEqual([]);
  });

  it('a BEGIN line without END is not reported', () => {
    expect(hits(`-----BEGIN RSA PRIVATE KEY-----\n${fakePemBody('pk-13', 300)}\n`, 'truncated.txt')).toEqual([]);
  });

  it('a short key body and a mistyped END line are still a leaked key', () => {
    const ssh = `-----BEGIN OPENSSH PRIVATE KEY-----\n${fake('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 56, 'pk-short')}\n-----END OPENSSH PRIVATE KEY-----\n`;
    expect(hits(ssh, 'deploy/id_ed25519')).toEqual([['private-key-openssh', 2]]);
    const json = `{"type": "service_account", "private_key": "${fakePrivateKey('', 'pk-typo').replace('-----END PRIVATE KEY-----', '-----END PRIVATE KEY----').replace(/\n/g, '\\n')}"}`;
    expect(hits(json, 'sa.json').map(([id]) => id)).toContain('gcp-service-account-private-key');
  });

  it('a private key stored as one line of base64 DER, without the PEM armour', () => {
    const der = Buffer.concat([Buffer.from('308204a40201000282010100', 'hex'), Buffer.from(fake('0123456789abcdef', 2360, 'pk-der-1'), 'hex')]);
    const text = `{"name": "signer", "key": "${der.toString('base64')}"}`;
    expect(hits(text, 'config/signer.json')).toEqual([['private-key-der-base64', 1]]);
  });

  it('a certificate as one line of base64 DER is not a private key', () => {
    const der = Buffer.concat([Buffer.from('3082037730820260a003020102', 'hex'), Buffer.from(fake('0123456789abcdef', 1756, 'pk-der-2'), 'hex')]);
    expect(hits(`ca_cert: ${der.toString('base64')}`, 'config/tls.yaml')).toEqual([]);
  });

  it('a Kubernetes TLS Secret whose tls.key is a base64-encoded PEM key is reported as a private key', () => {
    const b64 = (pem: string): string => Buffer.from(pem, 'utf8').toString('base64');
    const key = b64(fakePrivateKey('RSA ', 'pk-b64-ctx-1'));
    const crt = b64(`-----BEGIN CERTIFICATE-----\n${fakePemBody('pk-b64-ctx-2', 900)}\n-----END CERTIFICATE-----\n`);
    const text = `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ingress-tls\ntype: kubernetes.io/tls\ndata:\n  tls.crt: ${crt}\n  tls.key: ${key}\n`;
    const findings = scan(text, 'k8s/ingress-tls.yaml');
    // tls.crt decodes to a certificate (public text), so the Kubernetes rule leaves it; tls.key goes to
    // the specific rule. Its body is random bytes, not a well-formed key: provider-shaped, not verified.
    expect(findings.map((f) => [f.ruleId, f.line, f.severity, f.confidence])).toEqual([['secrets/private-key-pem-base64', 8, 'high', 'provider']]);
    expect(findings[0]?.redacted).toContain(`[${key.length} chars`);
    expect(hits(`tls:\n  certificate: ${crt}\n`, 'helm/values.yaml')).toEqual([]);
  });

  it('a base64 PEM key wrapped at 76 columns is read to its end; an encrypted one is medium', () => {
    const b64 = Buffer.from(fakePrivateKey('ENCRYPTED ', 'pk-b64-ctx-3', 1300), 'utf8').toString('base64');
    const wrapped = (b64.match(/.{1,76}/g) as string[]).join('\n    ');
    const text = `signing:\n  privateKey: |\n    ${wrapped}\n  keyId: release-2024\n`;
    const findings = scan(text, 'helm/values.yaml');
    expect(findings.map((f) => [f.ruleId, f.line, f.severity])).toEqual([['secrets/private-key-pem-base64', 3, 'medium']]);
    expect(findings[0]?.redacted).toContain(`[${wrapped.length} chars`);
  });
});
