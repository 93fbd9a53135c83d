// Custom rules from policy: validation, the linear-time engine they run on, and scanning with them.
import { check } from 'recheck';
import { compileCustomRules, scanSecrets } from '../../../src/scanners/secrets/index.js';
import { LinearRegExp } from '../../../src/scanners/secrets/linear-regexp.js';
import { ALNUM, fake } from './fake.js';

describe('compileCustomRules', () => {
  it('compiles a valid rule and scans with it', () => {
    const spec = { id: 'acme-service-token', description: 'ACME service token', pattern: 'acme_svc_([A-Za-z0-9]{32})', keywords: ['acme_svc_'], severity: 'critical' as const };
    const { rules, errors } = compileCustomRules([spec]);
    expect(errors).toEqual([]);
    expect(rules).toHaveLength(1);
    const secret = fake(ALNUM, 32, 'custom-1');
    const findings = scanSecrets({ path: 'a.env', text: `X=acme_svc_${secret}`, context: 'source' }, { customRules: [spec] });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'secrets/acme-service-token', severity: 'critical', column: 12, message: 'ACME service token hardcoded' });
    expect(JSON.stringify(findings)).not.toContain(secret);
  });

  it('supports a leading (?i) and patterns without a group', () => {
    const { rules, errors } = compileCustomRules([{ id: 'internal-key', pattern: '(?i)ikey-[a-f0-9]{24}' }]);
    expect(errors).toEqual([]);
    expect(rules[0]?.pattern.flags).toContain('i');
    const findings = scanSecrets({ path: 'a', text: `IKEY-${fake('0123456789abcdef', 24, 'c2')}`, context: 'source' }, { customRules: [{ id: 'internal-key', pattern: '(?i)ikey-[a-f0-9]{24}' }] });
    expect(findings).toHaveLength(1);
  });

  const rejected: [string, { id: string; pattern: string; severity?: never }, RegExp][] = [
    ['invalid regex', { id: 'bad-regex', pattern: 'acme_(' }, /invalid regular expression/],
    ['empty match', { id: 'empty', pattern: 'a*' }, /empty string/],
    ['look-ahead', { id: 'ahead', pattern: 'tok_(?!test)[a-z]{8}' }, /linear-time engine \(RE2\) does not support: .*look-aheads, backreferences and groups inside look-behinds are not available/],
    ['look-behind with a group', { id: 'behind', pattern: '(?<=(key)=)[a-z]{8}' }, /RE2\) does not support/],
    ['backreference', { id: 'backref', pattern: '(["\'])tok_[a-z]{8}\\1' }, /RE2\) does not support: invalid escape sequence.*backreferences/],
    ['repeat count above 1000', { id: 'long', pattern: 'tok_[a-z]{1001}' }, /RE2\) does not support: invalid repeat count.*stop at 1000/],
    ['bad id', { id: 'Bad Id', pattern: 'x' }, /id must be/],
    ['builtin id', { id: 'github-pat', pattern: 'ghp_x{3}' }, /clashes with a built-in/],
  ];
  it.each(rejected)('rejects %s with a message', (_name, spec, message) => {
    const { rules, errors } = compileCustomRules([spec]);
    expect(rules).toEqual([]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(message);
    expect(errors[0]).toContain(`'${spec.id}'`);
  });

  it('rejects a duplicate id and keeps the first', () => {
    const { rules, errors } = compileCustomRules([
      { id: 'dup', pattern: 'dup_[a-z]{8}' },
      { id: 'dup', pattern: 'dup_[a-z]{9}' },
    ]);
    expect(rules).toHaveLength(1);
    expect(errors[0]).toMatch(/declared twice/);
  });

  it('ignores invalid custom rules while scanning', () => {
    const findings = scanSecrets({ path: 'a', text: 'nothing', context: 'source' }, { customRules: [{ id: 'x', pattern: '(' }] });
    expect(findings).toEqual([]);
  });
});

describe('custom rules run in linear time', () => {
  // Patterns recheck calls vulnerable: on a backtracking engine each of these inputs takes
  // exponential or quadratic time (the first would not finish in a lifetime), on RE2 milliseconds.
  const attacks: [string, string][] = [
    ['tok_(a+)+$', 'tok_' + 'a'.repeat(50_000) + '!'],
    ['tok_(?:a|aa)+x', 'tok_' + 'a'.repeat(50_000)],
    ['\\w+@corp', 'a'.repeat(50_000)],
    ['k=\\d+\\d+x', 'k=' + '1'.repeat(50_000)],
    ['(\\w+\\s?)*!x', 'a '.repeat(25_000) + '!'],
  ];

  it.each(attacks)('%s is accepted, is recheck-vulnerable, and scans its attack string quickly', async (pattern, attack) => {
    expect((await check(pattern, '', { timeout: 20_000 })).status).toBe('vulnerable');
    const spec = { id: 'attack', pattern };
    expect(compileCustomRules([spec]).errors).toEqual([]);
    const started = performance.now();
    scanSecrets({ path: 'big.txt', text: attack, context: 'source' }, { customRules: [spec] });
    expect(performance.now() - started).toBeLessThan(5_000);
  }, 60_000);

  it('reports what a JavaScript RegExp would on the patterns both accept', () => {
    const patterns: [string, string][] = [
      ['acme_([a-z0-9]{8})', 'g'],
      ['(?:key|tok)=([A-Z]+)?(\\d{2,4})', 'gd'],
      ['(?<name>svc)-(?<id>[0-9]+)|(none)', 'gd'],
      ['ikey-[a-f0-9]{4}', 'gi'],
      ['^line\\s\\w+$', 'gm'],
      ['a.b', 'gs'],
      ['x?', 'g'],
      ['tok_[a-z]{3}', 'y'],
      ['\\u0041\\x42\\/c', 'g'],
      ['(?<=key=)([a-z]{3})', 'gd'],
      ['(?<!x)tok_[a-z]{3}', 'g'],
    ];
    const texts = ['', 'acme_abcd1234 acme_zz', 'key=ABC123 tok=99999 key=12', 'svc-42 none svc-x svc-7', 'IKEY-beef ikey-CAFE', 'line one\nline two\n', 'a\nb a-b', 'tok_abc tok_def', 'AB/c ab/c', 'é😀 acme_😀😀😀😀 acme_12345678', 'key=abc xkey=def xtok_abc tok_xyz'];
    const run = (re: RegExp, text: string) => {
      const out: unknown[] = [];
      re.lastIndex = 0;
      for (let i = 0; i < 50; i++) {
        const m = re.exec(text);
        out.push(m && { index: m.index, values: [...m], groups: m.groups, indices: m.indices && [...m.indices], named: m.indices?.groups, lastIndex: re.lastIndex });
        if (!m || !(re.global || re.sticky)) break;
        if (m[0].length === 0) re.lastIndex++;
      }
      return out;
    };
    for (const [source, flags] of patterns) {
      for (const text of texts) {
        expect({ source, flags, text, got: run(new LinearRegExp(source, flags), text) }).toEqual({ source, flags, text, got: run(new RegExp(source, flags), text) });
      }
    }
  });

  it('keeps the engine when the scanner copies the pattern with its own flags', () => {
    const { rules } = compileCustomRules([{ id: 'acme', pattern: 'acme_[a-z]{4}' }]);
    const pattern = rules[0]?.pattern as RegExp;
    expect(pattern).toBeInstanceOf(LinearRegExp);
    const copy = new (pattern.constructor as RegExpConstructor)(pattern.source, 'gd');
    expect(copy).toBeInstanceOf(LinearRegExp);
    expect(copy.flags).toBe('dg');
  });
});
