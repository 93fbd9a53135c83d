// Custom rules from policy: validation, the ReDoS guard, and scanning with them.
import { check } from 'recheck';
import { checkRegexSafety, compileCustomRules, scanSecrets } from '../../../src/scanners/secrets/index.js';
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
    ['nested quantifier', { id: 'nested', pattern: 'tok_(a+)+x' }, /ReDoS.*nested quantifier/],
    ['overlapping alternation', { id: 'alt', pattern: 'tok_(?:a|ab)+x' }, /ReDoS/],
    ['leading unbounded', { id: 'leading', pattern: '\\w+@corp\\.example' }, /ReDoS.*restart/],
    ['adjacent quantifiers', { id: 'adjacent', pattern: 'key=\\d+\\d+x' }, /ReDoS.*adjacent/],
    ['backreference', { id: 'backref', pattern: '(["\'])tok_[a-z]{8}\\1' }, /backreferences/],
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

describe('the static ReDoS guard agrees with recheck', () => {
  // Everything the guard accepts must be safe according to recheck; the rejected ones include
  // recheck-vulnerable patterns (the guard is deliberately conservative).
  const samples = [
    'acme_[A-Za-z0-9]{32}',
    '(?:AKIA|ASIA)[A-Z2-7]{16}',
    'password\\s*[:=]\\s*"([^"]{8,64})"',
    'token=([A-Za-z0-9_-]+)',
    'corp-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}',
    '(?:-[a-z0-9]{4}){3}',
    'key-(?:[a-z]|[0-9])+end',
    'x-api-key:\\s*([A-Za-z0-9]{20,40})',
    '\\w+@corp',
    '(a+)+$',
    'tok_(?:a|ab)+x',
    '\\s*=\\s*a',
    'k=\\d+\\d+x',
    '(\\w+\\s?)*$',
    'secret_[a-z]*[a-z0-9]*_end',
  ];
  it('accepted patterns are recheck-safe; known-vulnerable ones are rejected', async () => {
    const results = await Promise.all(
      samples.map(async (source) => {
        const ours = checkRegexSafety(source).safe;
        const theirs = (await check(source, '', { timeout: 20_000 })).status;
        return { source, ours, theirs };
      }),
    );
    for (const r of results) if (r.ours) expect({ source: r.source, status: r.theirs }).toEqual({ source: r.source, status: 'safe' });
    const vulnerable = results.filter((r) => r.theirs === 'vulnerable').map((r) => r.source);
    expect(vulnerable.length).toBeGreaterThanOrEqual(5);
    for (const v of vulnerable) expect(checkRegexSafety(v).safe).toBe(false);
    expect(results.filter((r) => r.ours).length).toBeGreaterThanOrEqual(6);
  }, 60_000);
});
