// The rule builders of src/scanners/secrets/rules/build.ts: the rule each one declares and what that
// rule finds, run alone (the provider rules built with them have their samples beside this file).
import { delimitedBlock, keywordAssigned, pemBlock, prefixedToken, run, suffixedToken } from '../../../../src/scanners/secrets/rules/build.js';
import type { SecretRule } from '../../../../src/scanners/secrets/rule.js';
import { RuleSet, scanWithRuleSet } from '../../../../src/scanners/secrets/scan.js';
import { ALNUM, fake, fakePrivateKey, HEX } from '../fake.js';

/** How many findings `rule` alone reports in `text`. */
const count = (rule: SecretRule, text: string): number => scanWithRuleSet({ path: 'config/app.txt', text, context: 'source' }, new RuleSet([rule])).length;

describe('run', () => {
  it('is a bounded run of one alphabet', () => {
    expect(run('a-f0-9', 32)).toBe('[a-f0-9]{32}');
    expect(run('A-Za-z0-9', 32, 40)).toBe('[A-Za-z0-9]{32,40}');
  });
});

describe('prefixedToken', () => {
  const one = prefixedToken('t-one', 'Test token', 'high', { family: 'custom', prefix: 'tok_', body: run('A-Za-z0-9', 20) });

  it('matches the prefix literally, keys on it lower-cased, and defaults to a base64url boundary and 3 bits of entropy', () => {
    expect(one.keywords).toEqual(['tok_']);
    expect(one.pattern.source).toBe('(tok_[A-Za-z0-9]{20})');
    expect(one.pattern.flags).toBe('');
    expect([one.boundary, one.minEntropy]).toEqual(['A-Za-z0-9_-', 3]);
    const dotted = prefixedToken('t-dot', 'Test token', 'high', { family: 'custom', prefix: 'v1.0-', body: run('a-f0-9', 8) });
    expect(dotted.pattern.test('v1x0-0123abcd')).toBe(false);
    expect(dotted.pattern.test('v1.0-0123abcd')).toBe(true);
  });

  it('takes several prefixes, each a keyword, any of which starts the token', () => {
    const rule = prefixedToken('t-many', 'Test token', 'high', { family: 'custom', prefix: ['sk_live_', 'sk_prod_'], body: run('A-Za-z0-9', 20) });
    expect(rule.keywords).toEqual(['sk_live_', 'sk_prod_']);
    expect(count(rule, `a = sk_live_${fake(ALNUM, 20, 'b-1')}\nb = sk_prod_${fake(ALNUM, 20, 'b-2')}\nc = sk_test_${fake(ALNUM, 20, 'b-3')}`)).toBe(2);
  });

  it('keys on given provider names instead of a prefix too common to look for', () => {
    const rule = prefixedToken('t-kw', 'Test token', 'high', { family: 'custom', prefix: 'SK', keywords: ['acme'], body: run('0-9a-f', 32) });
    const token = `SK${fake(HEX, 32, 'b-4')}`;
    expect(rule.keywords).toEqual(['acme']);
    expect(count(rule, `key = ${token}`)).toBe(0);
    expect(count(rule, `acme key = ${token}`)).toBe(1);
  });

  it('matches case-insensitively when asked', () => {
    const rule = prefixedToken('t-ci', 'Test token', 'high', { family: 'custom', prefix: 'TOK_', body: run('a-z0-9', 24), ignoreCase: true });
    expect(rule.pattern.flags).toBe('i');
    expect(count(rule, `tok_${fake('abcdefghijklmnopqrstuvwxyz0123456789', 24, 'b-5')}`)).toBe(1);
  });

  it('lets the rule override the defaults, and turn the entropy check off', () => {
    const rule = prefixedToken('t-ovr', 'Test token', 'high', { family: 'custom', prefix: 'tok_', body: run('ab', 20), boundary: 'A-Za-z0-9', minEntropy: undefined });
    expect(rule.boundary).toBe('A-Za-z0-9');
    expect(count(rule, 'x tok_aababbabaaabbbabaaba y')).toBe(1);
    expect(count(one, 'x tok_aababbabaaabbbabaaba y')).toBe(0);
  });
});

describe('keywordAssigned', () => {
  const value = fake(HEX, 32, 'b-6');

  it('takes a value assigned to any name holding a keyword, by default', () => {
    const rule = keywordAssigned('t-any', 'Test key', 'high', { family: 'custom', keywords: ['gitea', 'forgejo'], value: run('a-f0-9', 32) });
    expect(rule.keywords).toEqual(['gitea', 'forgejo']);
    expect(rule.pattern.flags).toBe('i');
    expect([rule.boundary, rule.minEntropy]).toEqual(['A-Za-z0-9_', 3]);
    expect(count(rule, `FORGEJO_TOKEN=${value}`)).toBe(1);
    expect(count(rule, `"giteaKey": "${value}"`)).toBe(1);
    expect(count(rule, `OTHER_TOKEN=${value} # gitea`)).toBe(0);
  });

  it('with credential words, the name must go on to say one of them', () => {
    const rule = keywordAssigned('t-cred', 'Test key', 'high', { family: 'custom', keywords: ['acme', 'acmecorp'], credential: ['key', 'token'], value: run('a-f0-9', 32) });
    expect(rule.pattern.source.startsWith('(?:(?:acme|acmecorp)[\\w.-]{0,20}(?:key|token))')).toBe(true);
    expect(count(rule, `ACME_API_KEY=${value}`)).toBe(1);
    expect(count(rule, `acme.token: ${value}`)).toBe(1);
    expect(count(rule, `ACME_MERCHANT=${value}`)).toBe(0);
  });

  it('takes a name of its own instead, but not together with credential words', () => {
    const rule = keywordAssigned('t-name', 'Test key', 'high', { family: 'custom', keywords: ['cc_reporter'], name: 'cc_reporter_id', value: run('a-f0-9', 32) });
    expect(count(rule, `CC_REPORTER_ID: ${value}`)).toBe(1);
    expect(() => keywordAssigned('t-both', 'Test key', 'high', { family: 'custom', keywords: ['x'], name: 'x', credential: 'key', value: 'v' })).toThrow(/credential/);
  });

  it('the credential form needs a credential word after the provider, so resource ids do not count', () => {
    const rule = keywordAssigned('t-form-cred', 'Test key', 'high', { family: 'custom', keywords: ['acme'], form: 'credential', value: run('0-9', 16), minEntropy: 2.5 });
    const digits = fake('0123456789', 16, 'b-7');
    expect(count(rule, `ACME_CLIENT_ID=${digits}`)).toBe(1);
    expect(count(rule, `ACME_PROJECT_ID=${digits}`)).toBe(0);
  });

  it('the provider form also takes blank-separated words after the provider', () => {
    const rule = keywordAssigned('t-form-prov', 'Test key', 'high', { family: 'custom', keywords: ['acme'], form: 'provider', value: run('A-Za-z0-9', 40) });
    expect(count(rule, `acme secret key = ${fake(ALNUM, 40, 'b-8')}`)).toBe(1);
  });
});

describe('suffixedToken', () => {
  const rule = suffixedToken('t-suffix', 'Test token', 'high', { family: 'custom', keywords: ['-zz'], suffix: '-zz[0-9]{1,2}', lead: { alphabet: '0-9a-f', length: 32 } });

  it('finds the suffix and reads the lead before it: both are the secret', () => {
    const token = `${fake(HEX, 32, 'b-9')}-zz12`;
    const findings = scanWithRuleSet({ path: 'config/app.txt', text: `key: ${token}\n`, context: 'source' }, new RuleSet([rule]));
    expect(findings.map((f) => [f.line, f.column])).toEqual([[1, 6]]);
  });

  it('a lead too short, or glued to more characters of the boundary, is no token', () => {
    expect(count(rule, `key: ${fake(HEX, 31, 'b-10')}-zz1`)).toBe(0);
    expect(count(rule, `key: x${fake(HEX, 32, 'b-11')}-zz1`)).toBe(0);
    expect(count(rule, `key: ${fake(HEX, 32, 'b-12')}-zz1x`)).toBe(0);
  });
});

describe('delimitedBlock and pemBlock', () => {
  it('pemBlock keys on the BEGIN line and reports the body up to the END line', () => {
    const rule = pemBlock('t-pem', 'Test key', 'critical', 'RSA PRIVATE KEY');
    expect(rule.keywords).toEqual(['begin rsa private key']);
    expect(rule.family).toBe('private-key');
    const findings = scanWithRuleSet({ path: 'certs/a.key', text: fakePrivateKey('RSA ', 'b-13'), context: 'source' }, new RuleSet([rule]));
    expect(findings.map((f) => [f.line, f.column])).toEqual([[2, 1]]);
    expect(count(rule, '-----BEGIN RSA PRIVATE KEY-----\n<your key here>\n-----END RSA PRIVATE KEY-----')).toBe(0);
  });

  it('delimitedBlock takes any BEGIN pattern and END literal', () => {
    const rule = delimitedBlock('t-block', 'Test key', 'medium', { family: 'custom', keywords: ['begin test'], begin: '---- BEGIN TEST ----', end: '---- END TEST ----' });
    const body = fakePrivateKey('', 'b-14').split('\n').slice(1, -1).join('\n');
    expect(count(rule, `---- BEGIN TEST ----\n${body}\n---- END TEST ----\n`)).toBe(1);
    expect(count(rule, `---- BEGIN TEST ----\n${body}\n`)).toBe(0);
  });
});
