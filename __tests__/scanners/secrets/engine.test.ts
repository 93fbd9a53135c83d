// Engine behaviour: positions, ordering, de-duplication, redaction, fingerprints, keyword prefilter.
import { redact, scanSecrets, SECRET_RULES } from '../../../src/scanners/secrets/index.js';
import { ALNUM, B64URL, checksummedToken, fake, fakeJwt, HEX } from './fake.js';
import { DEFAULT_FINGERPRINT_KEY, fingerprint, keyedHash } from '../../../src/scanners/fingerprint.js';
import { KeywordIndex } from '../../../src/scanners/secrets/keywords.js';
import { GENERIC_RULE } from '../../../src/scanners/secrets/generic.js';
import { RuleSet, scanWithRuleSet } from '../../../src/scanners/secrets/scan.js';
import { findSecretLogging, LOG_ANCHORS } from '../../../src/scanners/secrets/logging.js';
import { NEGATIVES, POSITIVES } from './corpus/corpus.js';
import { scan } from './helpers.js';
import { loadAllSamples } from './rules/samples.js';

const SAMPLES = await loadAllSamples();
const samplesOf = (id: string) => SAMPLES.get(id) ?? { match: [], noMatch: [], path: undefined };

describe('redact', () => {
  it('shows a documented prefix and nothing of the body, and no exact length under 32 characters', () => {
    expect(redact('sk-dev-token')).toBe('sk-\u2026[under 16 chars]');
    expect(redact('abc')).toBe('\u2026[under 16 chars]');
    expect(redact('abcdefgh')).toBe('\u2026[under 16 chars]');
    expect(redact('Sup3rS3cret-Passw0rd')).toBe('\u2026[16-31 chars]');
    const long = fake(ALNUM, 64, 'redact');
    expect(redact(long)).toBe('\u2026[64 chars]');
    expect(redact(`ghp_${long.slice(0, 36)}`)).toBe('ghp_\u2026[40 chars]');
    // A hash only with a user-supplied key: the built-in key would let anyone confirm a guess.
    expect(redact('sk-dev-token', 'repo-key')).toBe(`sk-\u2026[under 16 chars, #${keyedHash('sk-dev-token', 'repo-key').slice(0, 8)}]`);
  });
  it('uses the fingerprint key for the hash', () => {
    expect(redact('sk-dev-token', 'org-key')).toContain(`#${keyedHash('sk-dev-token', 'org-key').slice(0, 8)}]`);
    expect(redact('sk-dev-token', 'org-key')).not.toBe(redact('sk-dev-token'));
  });
});

describe('findings', () => {
  const token = checksummedToken('ghp_', 'engine-1');
  const text = `# deploy settings\nname: api\nenv:\n  GITHUB_TOKEN: ${token}\n`;

  it('locate the secret (1-based line and column of its first character)', () => {
    const [f] = scan(text, 'deploy/settings.yaml');
    expect(f).toMatchObject({ ruleId: 'secrets/github-pat', line: 4, column: 17, path: 'deploy/settings.yaml', category: 'secret' });
  });

  it('keep the specific rule when the generic rule hits the same value', () => {
    const ids = scan(text, 'deploy/settings.yaml').map((f) => f.ruleId);
    expect(ids).toEqual(['secrets/github-pat']);
  });

  it('fingerprint rule + path + keyed hash of the value, stable across edits elsewhere', () => {
    const [a] = scan(text, 'x.yaml');
    const [b] = scan(`\n\n# moved down\n${text}`, 'x.yaml');
    expect(a?.fingerprint).toBe(fingerprint('secrets/github-pat', 'x.yaml', token, DEFAULT_FINGERPRINT_KEY));
    expect(b?.fingerprint).toBe(a?.fingerprint);
    expect(b?.line).toBe((a?.line ?? 0) + 3);
    const [c] = scanSecrets({ path: 'x.yaml', text, context: 'source' }, { fingerprintKey: 'org' });
    expect(c?.fingerprint).toBe(fingerprint('secrets/github-pat', 'x.yaml', token, 'org'));
  });

  it('note a valid provider checksum', () => {
    expect(scan(`t=${token}`)[0]?.message).toMatch(/checksum valid/);
  });

  it('copy the file context', () => {
    const [f] = scanSecrets({ path: 'test/fixtures/a.env', text: `t=${token}`, context: 'test' });
    expect(f?.context).toBe('test');
  });

  it('are sorted by line, column and rule id', () => {
    const jwt = fakeJwt('engine-2');
    const multi = [`a = "${jwt}"  b = "${checksummedToken('gho_', 'engine-3')}"`, `DD_API_KEY=${fake(HEX, 32, 'engine-4')}`, `x=${token}`].join('\n');
    const findings = scan(multi, 'multi.txt');
    const keys = findings.map((f) => [f.line, f.column, f.ruleId] as const);
    const sorted = [...keys].sort((p, q) => p[0] - q[0] || p[1] - q[1] || (p[2] < q[2] ? -1 : 1));
    expect(keys).toEqual(sorted);
    expect(findings.length).toBeGreaterThanOrEqual(4);
  });

  it('at most one finding per line and secret span', () => {
    const doubled = `url = "https://ci:${token}@github.com/acme/app.git"`;
    const findings = scan(doubled, 'a.py');
    expect(findings.map((f) => f.ruleId)).toEqual(['secrets/github-pat']);
  });

  it('report two secrets on one line separately', () => {
    const line = `KEYS="${checksummedToken('ghp_', 'e-5')} ${checksummedToken('ghp_', 'e-6')}"`;
    expect(scan(line, 'a.env').map((f) => f.column)).toEqual([7, 48]);
  });

  it('never contain the secret', () => {
    const values = [token, fake(B64URL, 40, 'engine-7')];
    const findings = scan(`A=${values[0]}\nclient_secret: ${values[1]}`, 'a.yaml');
    expect(findings).toHaveLength(2);
    for (const v of values) expect(JSON.stringify(findings)).not.toContain(v);
  });

  it('return nothing for an empty file or a file without keywords', () => {
    expect(scan('', 'a.txt')).toEqual([]);
    expect(scan('hello world\nnothing to see here\n', 'a.txt')).toEqual([]);
  });

  it('handle CRLF line endings', () => {
    const [f] = scan(`# a\r\nTOKEN=${token}\r\n`, 'a.env');
    expect(f).toMatchObject({ line: 2, column: 7 });
  });
});

describe('keyword prefilter', () => {
  it('finds keywords case-insensitively, across a large alphabet', () => {
    const idx = new KeywordIndex(['ghp_', 'akia', 'password', 'pass', 'hooks.slack.com']);
    expect([...idx.scan('x = AKIA... and PassWord: é hooks.slack.com').found]).toEqual([0, 1, 1, 1, 1]);
    expect([...idx.scan('nothing here \u00e9\u4e2d').found]).toEqual([0, 0, 0, 0, 0]);
  });

  it('collects the start of every occurrence of the anchored keywords', () => {
    const idx = new KeywordIndex(['pass', 'key', 'secret'], new Set(['pass', 'key']));
    expect(idx.scan('a PASSWORD, a key, apikey and secret_key').positions).toEqual([2, 14, 22, 37]);
  });

  it('finds every occurrence wherever it falls in a long text (the walk is split)', () => {
    const keywords = ['ghp_', 'key', 'begin ssh2 encrypted private key', 'pass', 'password', 'y', '://'];
    const idx = new KeywordIndex(keywords, new Set(keywords));
    const pieces = ['KEY', 'x', 'Password', 'begin SSH2 encrypted private key', 'ghp_', '://', ' ', '\u00e9', 'pas', 'sword'];
    let seed = 7;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let round = 0; round < 60; round++) {
      let text = '';
      const length = rand(3000);
      while (text.length < length) text += pieces[rand(pieces.length)];
      const lower = text.toLowerCase();
      const expected: number[] = [];
      const found = keywords.map((k) => {
        let any = 0;
        for (let at = lower.indexOf(k); at !== -1; at = lower.indexOf(k, at + 1)) {
          expected.push(at);
          any = 1;
        }
        return any;
      });
      const result = idx.scan(text);
      expect([...result.found]).toEqual(found);
      expect(result.positions).toEqual([...new Set(expected)].sort((a, b) => a - b));
    }
  });

  it('an anchored rule finds exactly what a full search finds', () => {
    const plain = new RuleSet([{ ...GENERIC_RULE, anchored: false }]);
    const anchored = new RuleSet([GENERIC_RULE]);
    const samples = [...samplesOf(GENERIC_RULE.id).match, ...samplesOf(GENERIC_RULE.id).noMatch, POSITIVES.map((c) => c.text).join('\n'), NEGATIVES.map((c) => c.text).join('\n')];
    for (const text of samples) {
      const file = { path: 'mixed/config.txt', text, context: 'source' as const };
      expect(scanWithRuleSet(file, anchored)).toEqual(scanWithRuleSet(file, plain));
    }
  });

  it('every anchored rule finds exactly what a full search finds', () => {
    const anchoredRules = SECRET_RULES.filter((r) => r.anchored);
    expect(anchoredRules.length).toBeGreaterThan(1);
    const corpus = [POSITIVES.map((c) => c.text).join('\n'), NEGATIVES.map((c) => c.text).join('\n')];
    for (const rule of anchoredRules) {
      const plain = new RuleSet([{ ...rule, anchored: false, anchors: undefined }]);
      const anchored = new RuleSet([rule]);
      const own = samplesOf(rule.id);
      const samples = [...own.match, ...own.noMatch, own.match.join(' '), ...corpus];
      for (const text of samples) {
        for (const path of [own.path ?? 'mixed/config.txt', 'src/app.ts']) {
          const file = { path, text, context: 'source' as const };
          expect(scanWithRuleSet(file, anchored)).toEqual(scanWithRuleSet(file, plain));
        }
      }
    }
  });

  it('every rule with its own starts finds exactly what a full search finds', () => {
    const startRules = SECRET_RULES.filter((r) => r.starts);
    expect(startRules.map((r) => r.id)).toContain('discord-bot-token');
    // Near-tokens: bot-id segments of every length, dots, short and long tails, separators.
    let seed = 5;
    const next = (): number => {
      seed = (seed * 1664525 + 1013904223) >>> 0;
      return seed / 2 ** 32;
    };
    const pick = (chars: string): string => chars[Math.floor(next() * chars.length)] as string;
    const generated: string[] = [];
    for (let t = 0; t < 300; t++) {
      let text = '';
      for (let k = 0; k < 1 + Math.floor(next() * 4); k++) {
        let token = '';
        for (let g = 4 + Math.floor(next() * 4); g > 0; g--) token += pick('MNO') + pick('DTjz') + pick('AEIMQUYcgk') + pick('wxyz012345');
        if (next() < 0.5) token += pick('MNO') + pick('AQgw');
        token += `.${fake(ALNUM, 5 + Math.floor(next() * 3), `mid${t}.${k}`)}.${fake(B64URL, 20 + Math.floor(next() * 30), `tail${t}.${k}`)}`;
        text += pick(' .x\nM') + token;
      }
      generated.push(text);
    }
    // Container env lists: names and values on neighbouring lines, blanks, CRLF, long lines.
    const pieces = ['- name: DB_PASSWORD', '- name: "API_TOKEN"', 'name: SECRET_KEY', '- name:   auth_token  ', 'containername: x', '  value: ', 'value: ', ' '.repeat(41) + 'value: ', '\tvalue: '];
    for (let t = 0; t < 300; t++) {
      let text = '';
      for (let k = 0; k < 2 + Math.floor(next() * 8); k++) {
        text += pick(' -') + ' '.repeat(Math.floor(next() * 4)) + (pieces[Math.floor(next() * pieces.length)] as string);
        text += next() < 0.5 ? fake(ALNUM, 8 + Math.floor(next() * 24), `env${t}.${k}`) : '';
        text += next() < 0.2 ? '\r\n' : '\n';
      }
      generated.push(text);
    }
    const corpus = [POSITIVES.map((c) => c.text).join('\n'), NEGATIVES.map((c) => c.text).join('\n'), ...generated];
    for (const rule of startRules) {
      // Also without the checks after the match, so matches those would drop are compared too.
      for (const variant of [rule, { ...rule, validate: undefined, minEntropy: undefined, boundary: undefined }]) {
        const plain = new RuleSet([{ ...variant, starts: undefined }]);
        const started = new RuleSet([variant]);
        const own = samplesOf(rule.id);
        let found = 0;
        for (const text of [...own.match, ...own.noMatch, own.match.join(' '), ...corpus]) {
          const file = { path: own.path ?? 'mixed/config.txt', text, context: 'source' as const };
          const expected = scanWithRuleSet(file, plain);
          found += expected.length;
          expect(scanWithRuleSet(file, started)).toEqual(expected);
        }
        expect(found).toBeGreaterThan(0);
      }
    }
  });

  it('secret logging tried at the log-call anchors finds what a full search finds', () => {
    const text = [
      'print(f"key={AGENT_API_KEY}")', 'console.log(`token ${token}`)', 'logger.info("pw %s", db_password)',
      'NSLog(@"%@", apiSecret)', 'Debug.Log(clientSecret)', 'syslog.warn(secretKey)', 'error_log($password)',
      'fmt.Println(authToken)', 'System.out.println(accessToken)', 'Write-Host $env:API_TOKEN', 'echo "$GITHUB_TOKEN"',
      '_logger.debug(privateKey)', 'slog.Info("k", apiKey)', 'zap.Info(password)', 'winston.info(secret)', 'puts api_key',
      'var_dump($secret)', 'print_r($token)', 'dialog(password)', 'mylog.info(password)', 'LOG.error(refreshToken)',
    ].join('\n');
    const index = new KeywordIndex(LOG_ANCHORS, new Set(LOG_ANCHORS));
    const starts = index.scan(text).positions;
    const tainted = new Set(['x']);
    expect(findSecretLogging(text, tainted, starts)).toEqual(findSecretLogging(text, tainted));
    expect(findSecretLogging(text, tainted).length).toBeGreaterThan(15);
  });

  it('every rule keyword is lower-case and at least two characters', () => {
    for (const r of SECRET_RULES) for (const k of r.keywords) expect(k.length >= 2 && k === k.toLowerCase()).toBe(true);
  });
});

describe('performance', () => {
  it('scans a few megabytes of mixed content quickly', () => {
    const chunk = [
      `import { readFile } from 'node:fs';\nconst key = config.get('key');\nexport function handler(token) { return token.length; }\n`,
      `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          image: registry/api:1.2.3\n`,
      `"integrity": "sha512-${fake('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 86, 'perf')}==",\n`,
      `${fake(B64URL, 4000, 'perf-blob')}\n`,
    ].join('');
    const text = chunk.repeat(Math.ceil(4_000_000 / chunk.length));
    const start = performance.now();
    scan(text, 'big/bundle.txt');
    const ms = performance.now() - start;
    expect(ms).toBeLessThan(2000);
  });
});
