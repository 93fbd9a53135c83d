// Property: for generated secrets of several shapes planted in generated files, the secret is found
// and no finding (serialised) contains it.
import fc from 'fast-check';
import { scanSecrets, SECRET_RULES } from '../../../src/scanners/secrets/index.js';
import { ALNUM, B64, B64URL, base62, crc32, HEX, UPPER_ALNUM } from './fake.js';
import { shannonEntropy } from '../../../src/scanners/secrets/entropy.js';
import { isPlaceholderOrReference } from '../../../src/scanners/secrets/placeholders.js';
import { documentedPrefix } from '../../../src/scanners/secrets/redact.js';

const chars = (alphabet: string, n: number): fc.Arbitrary<string> =>
  fc.array(fc.constantFrom(...alphabet.split('')), { minLength: n, maxLength: n }).map((a) => a.join(''));

/**
 * Generated values must look like real credentials: random characters that spell a placeholder by
 * accident (`xxxx`, `0000...`) are filtered on purpose by the scanner, so they are not secrets here.
 */
const realistic = (s: string): boolean => !isPlaceholderOrReference(s) && shannonEntropy(s) >= 3.5;

interface Shape {
  rule: string;
  secret: fc.Arbitrary<string>;
}

const shapes: Shape[] = [
  { rule: 'github-pat', secret: chars(ALNUM, 30).map((b) => `ghp_${b}${base62(crc32(b), 6)}`) },
  { rule: 'aws-access-key-id', secret: chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16).map((b) => `AKIA${b}`) },
  { rule: 'stripe-secret-key', secret: chars(ALNUM, 40).map((b) => `sk_live_${b}`) },
  { rule: 'slack-bot-token', secret: fc.tuple(chars('123456789', 12), chars('123456789', 13), chars(ALNUM, 24)).map(([a, b, c]) => `xoxb-${a}-${b}-${c}`) },
  { rule: 'sendgrid-api-key', secret: fc.tuple(chars(B64URL, 22), chars(B64URL, 43)).map(([a, b]) => `SG.${a}.${b}`) },
  { rule: 'anthropic-api-key', secret: chars(B64URL, 93).map((b) => `sk-ant-api03-${b}AA`) },
  { rule: 'digitalocean-pat', secret: chars(HEX, 64).map((b) => `dop_v1_${b}`) },
  { rule: 'new-relic-user-api-key', secret: chars(UPPER_ALNUM, 27).map((b) => `NRAK-${b}`) },
  { rule: 'generic-secret-assignment', secret: chars(B64.replace(/[+/]/g, ''), 24) },
];

/** Filler lines that look like ordinary code and config. */
const filler = fc.array(
  fc.constantFrom(
    'import os',
    'const x = require("y");',
    'name: api',
    '  replicas: 3',
    '# comment',
    'def handler(event):',
    '    return {"statusCode": 200}',
    'export function f(a: number) { return a * 2; }',
    '',
    '<div class="card">hello</div>',
    'LOG_LEVEL=info',
  ),
  { maxLength: 12 },
);

/** Where the secret is planted: a file of some format and an assignment in that format's syntax. */
const placements: [string, (s: string) => string][] = [
  ['src/settings.py', (s) => `SERVICE_TOKEN = "${s}"`],
  ['src/app.ts', (s) => `const serviceToken = '${s}';`],
  ['config/app.yaml', (s) => `service_token: ${s}`],
  ['config/app.json', (s) => `{"service_token": "${s}"}`],
  ['deploy/run.sh', (s) => `export SERVICE_TOKEN='${s}'`],
  ['.env', (s) => `SERVICE_TOKEN=${s}`],
  ['notes.txt', (s) => `token: ${s}`],
];

describe('planted secrets', () => {
  it('are found and never leak into findings', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: shapes.length - 1 }).chain((i) => fc.tuple(fc.constant(shapes[i] as Shape), (shapes[i] as Shape).secret.filter(realistic))),
        filler,
        filler,
        fc.constantFrom(...placements),
        ([shape, secret], before, after, [path, template]) => {
          const line = template(secret);
          const text = [...before, line, ...after].join('\n');
          const findings = scanSecrets({ path, text, context: 'source' });
          const hit = findings.find((f) => f.category === 'secret' && f.line === before.length + 1);
          expect(hit).toBeDefined();
          if (shape.rule !== 'generic-secret-assignment') expect(hit?.ruleId).toBe(`secrets/${shape.rule}`);
          const start = line.indexOf(secret) + 1;
          expect(hit?.column).toBe(start);
          const json = JSON.stringify(findings);
          expect(json.includes(secret)).toBe(false);
          // Nothing of the body leaks either: the preview may show only a documented prefix.
          const prefix = documentedPrefix(secret);
          expect(json.includes(secret.slice(0, prefix.length + 4))).toBe(false);
        },
      ),
      { numRuns: 300, seed: 42 },
    );
  });
});

describe('arbitrary input', () => {
  it('never throws and reports positions inside the file', () => {
    const piece = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.constantFrom('password = "', 'token: ', '-----BEGIN RSA PRIVATE KEY-----', 'eyJhbGciOiJIUzI1NiJ9.', '://u:p@', 'kind: Secret\ndata:\n  a: ', '\n', '"', "'", '`', 'print(f"{', 'readiness-gate:allow', '\u{1F511}', '\r\n'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.constantFrom('a.py', 'a.yaml', '.env', 'a.tf', 'a.xml', 'x'), (parts, path) => {
        const text = parts.join('');
        const findings = scanSecrets({ path, text, context: 'source' });
        const lines = text.split('\n').length;
        for (const f of findings) {
          expect(f.line).toBeGreaterThanOrEqual(1);
          expect(f.line).toBeLessThanOrEqual(lines);
          expect(f.column).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 500, seed: 7 },
    );
  });
});

describe('every anchored rule precheck is only a shortcut', () => {
  // A precheck that turned away a position where the rule's pattern matches would lose findings.
  const pieces = ['token', 'Key', 'PASS', 'secret', 'auth', '_', '.', '-', 'x', '9', '"', "'", '`', ']', ' ', '\t', ':', '=', ',', '>', '?', 'string', '(', '\n', 'é',
    // The URL, pipe and GitHub rules' anchors and what their prechecks look at.
    '://', '@', '/', 'user', '|', '%7C', 'abcdefghij0123456789', 'github', 'GitHub_', 'client', 'oauth', 'app', 'Secret', '\u00a0', '\x01'];
  it('holds for generated text around each keyword', () => {
    const rules = SECRET_RULES.filter((r) => r.anchored && r.precheck);
    expect(rules.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 24 }), (parts) => {
        const text = parts.join('');
        for (const rule of rules) {
          const re = new RegExp(rule.pattern.source, `${rule.pattern.flags.replace(/[gy]/g, '')}y`);
          for (let at = 0; at < text.length; at++) {
            re.lastIndex = at;
            if (re.exec(text) !== null && !rule.precheck!(text, at)) return false;
          }
        }
        return true;
      }),
      { numRuns: 3000 },
    );
  });
});

describe('the token checksum', () => {
  it("zlib's native CRC32 and the table fallback agree on every ASCII token body", async () => {
    const { tableCrc32 } = await import('./fake.js');
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...ALNUM.split('')), maxLength: 64 }), (body) => crc32(body) === tableCrc32(body)),
    );
    // The value GitHub's scheme is built on: CRC-32 (IEEE) of "123456789" is 0xCBF43926.
    expect(crc32('123456789')).toBe(0xcbf43926);
    expect(tableCrc32('123456789')).toBe(0xcbf43926);
  });
});
