import { secretlessControl } from '../../src/controls/secretless.js';
import type { UnscannedFile } from '../../src/workspace/read-file.js';
import { edit, evaluate, FULL, secretFinding } from '../helpers/workload.js';

const ROTATE = 'Rotate each exposed credential now: it is in the history even after the line is deleted.';
const READ = 'Read secrets at run time through the managed identity (Key Vault, Secrets Manager, Secret Manager) or a Kubernetes secretKeyRef.';
const NO_LOG = 'Never log a credential or a connection string; log the event and a trace id instead.';
const ACCEPT = 'If a value is a deliberate test fixture, add `readiness-gate:allow <reason>` on its line or record it in the baseline.';

const secret = secretFinding();
const logged = secretFinding({ category: 'secret-logging', line: 9, message: "Variable 'KEY' is written to a log call", redacted: undefined });
const inTest = secretFinding({ path: 'tests/fixture.py', context: 'test' });
const accepted = secretFinding({ suppression: { kind: 'baseline', reason: 'accepted' } });
const notBlockingInTests = (f: { suppression?: unknown; context: string }) => !f.suppression && f.context === 'source';

describe('secretless', () => {
  it('passes with no findings', () => {
    expect(evaluate(secretlessControl, FULL)).toEqual({ status: 'pass', message: "No hardcoded secrets found in the workload's files.", evidence: [], remediation: [] });
  });

  it('passes and counts the accepted ones', () => {
    expect(evaluate(secretlessControl, FULL, { facts: { findings: [accepted, accepted] } }).message).toBe('No unaccepted secrets (2 accepted by allow comment or baseline).');
  });

  it('ignores image and hardening findings', () => {
    expect(evaluate(secretlessControl, FULL, { facts: { findings: [secretFinding({ category: 'image' }), secretFinding({ category: 'hardening' })] } }).message).toBe(
      "No hardcoded secrets found in the workload's files.",
    );
  });

  it('fails on one hardcoded secret: rotate, read at run time, accept fixtures; no logging fix', () => {
    expect(evaluate(secretlessControl, FULL, { facts: { findings: [secret] } })).toEqual({
      status: 'fail',
      message: "1 hardcoded secret in workload 'svc'.",
      evidence: [{ path: 'app.py', line: 3, detail: 'Hardcoded password: Sup…[12 chars, #abcd1234]' }],
      remediation: [ROTATE, READ, ACCEPT],
    });
  });

  it('fails on a logged secret alone: the logging fix, no run-time read fix', () => {
    expect(evaluate(secretlessControl, FULL, { facts: { findings: [logged] } })).toEqual({
      status: 'fail',
      message: "1 secret-bearing value written to logs in workload 'svc'.",
      evidence: [{ path: 'app.py', line: 9, detail: "Variable 'KEY' is written to a log call" }],
      remediation: [ROTATE, NO_LOG, ACCEPT],
    });
  });

  it('fails on both, counted apart and in plural', () => {
    const outcome = evaluate(secretlessControl, FULL, { facts: { findings: [secret, secret, logged, logged] } });
    expect(outcome.message).toBe("2 hardcoded secrets and 2 secret-bearing values written to logs in workload 'svc'.");
    expect(outcome.remediation).toEqual([ROTATE, READ, NO_LOG, ACCEPT]);
    expect(outcome.evidence).toHaveLength(4);
  });

  it('warns on secret-like values where policy ranks findings lower', () => {
    expect(evaluate(secretlessControl, FULL, { facts: { findings: [inTest, accepted] }, isBlocking: notBlockingInTests })).toEqual({
      status: 'warn',
      message: "1 secret-like value in test, example or docs files of workload 'svc'.",
      evidence: [{ path: 'tests/fixture.py', line: 3, detail: 'Hardcoded password: Sup…[12 chars, #abcd1234]' }],
      remediation: [ROTATE, READ, ACCEPT],
    });
    expect(evaluate(secretlessControl, FULL, { facts: { findings: [inTest, inTest] }, isBlocking: notBlockingInTests }).message).toBe(
      "2 secret-like values in test, example or docs files of workload 'svc'.",
    );
  });

  it('a blocking finding wins over lower ones', () => {
    expect(evaluate(secretlessControl, FULL, { facts: { findings: [inTest, secret] }, isBlocking: notBlockingInTests }).status).toBe('fail');
  });

  it('counts thousands with separators and caps the evidence', () => {
    const outcome = evaluate(secretlessControl, FULL, { facts: { findings: Array.from({ length: 1500 }, () => secret) } });
    expect(outcome.message).toBe("1,500 hardcoded secrets in workload 'svc'.");
    expect(outcome.evidence).toHaveLength(21);
    expect(outcome.evidence[20]).toEqual({ detail: 'and 1,480 more' });
  });

  it('never prints more of a secret than its redacted preview', () => {
    const outcome = evaluate(secretlessControl, FULL, { facts: { findings: [secret] } });
    expect(JSON.stringify(outcome)).not.toContain('SuperSecret');
  });
});

describe('secretless: files the scan could not read', () => {
  const MAKE_TEXT = "Make each named file readable text (UTF-8, UTF-16 or UTF-32), or move it out of the workload's paths.";
  const KEYSTORES = 'Keep keystores and binary key material out of the repository; load them from a secret store at run time.';
  const IF_SAFE = "If a file is known to be safe, list it under ignore_paths in the base branch's policy, or set findings.unscanned: warn there.";
  const UNSCANNED_FIXES = [MAKE_TEXT, KEYSTORES, IF_SAFE];
  const textLike: UnscannedFile = { path: 'config/app.env', reason: 'unreadable', textLike: true };
  const keystore: UnscannedFile = { path: 'certs/prod.p12', reason: 'binary', textLike: false };
  const huge: UnscannedFile = { path: 'data/dump.sql', reason: 'too-large', textLike: true };
  const at = (u: UnscannedFile, why: string) => ({ path: u.path, detail: `not scanned for secrets (${why})` });
  const beta = edit(FULL, 'tier: production', 'tier: beta');
  const experiment = edit(FULL, 'tier: production', 'tier: experiment');

  it.each([
    ['unreadable', textLike, 'unreadable'],
    ['binary', keystore, 'binary content'],
    ['too-large', huge, 'over the 64 MiB hard cap'],
  ] as const)('reason %s: the file is named with why it was not scanned', (_reason, u, why) => {
    expect(evaluate(secretlessControl, FULL, { facts: { unscannedFiles: [u] } }).evidence).toEqual([at(u, why)]);
  });

  it('a text-like file that could not be read blocks at production tier: each file named, the fixes for unreadable files', () => {
    expect(evaluate(secretlessControl, FULL, { facts: { unscannedFiles: [textLike] } })).toEqual({
      status: 'fail',
      message: "1 text-like file in workload 'svc' could not be scanned for secrets.",
      evidence: [at(textLike, 'unreadable')],
      remediation: UNSCANNED_FIXES,
    });
  });

  it('only the text-like files are counted in the blocking message; every unscanned file is named', () => {
    expect(evaluate(secretlessControl, FULL, { facts: { unscannedFiles: [keystore, textLike, huge] } })).toEqual({
      status: 'fail',
      message: "2 text-like files in workload 'svc' could not be scanned for secrets.",
      evidence: [at(keystore, 'binary content'), at(textLike, 'unreadable'), at(huge, 'over the 64 MiB hard cap')],
      remediation: UNSCANNED_FIXES,
    });
  });

  it('a binary file that is not text-like warns, even at production tier', () => {
    expect(evaluate(secretlessControl, FULL, { facts: { unscannedFiles: [keystore] } })).toEqual({
      status: 'warn',
      message: "1 file of workload 'svc' could not be scanned for secrets.",
      evidence: [at(keystore, 'binary content')],
      remediation: UNSCANNED_FIXES,
    });
  });

  it.each([
    ['at beta tier', beta, {}],
    ['at experiment tier', experiment, {}],
    ['when the policy says findings.unscanned: warn', FULL, { unscannedFiles: 'warn' as const }],
  ])('a text-like file warns %s', (_when, manifest, policy) => {
    expect(evaluate(secretlessControl, manifest, { facts: { unscannedFiles: [textLike, huge] }, policy })).toEqual({
      status: 'warn',
      message: "2 files of workload 'svc' could not be scanned for secrets.",
      evidence: [at(textLike, 'unreadable'), at(huge, 'over the 64 MiB hard cap')],
      remediation: UNSCANNED_FIXES,
    });
  });

  it('the policy that relaxes unscanned files does not relax a binary file either: it warns', () => {
    expect(evaluate(secretlessControl, FULL, { facts: { unscannedFiles: [keystore] }, policy: { unscannedFiles: 'warn' } }).status).toBe('warn');
  });

  it('a blocking secret keeps its own message; the unscanned files follow its evidence and fixes', () => {
    expect(evaluate(secretlessControl, FULL, { facts: { findings: [secret], unscannedFiles: [textLike, keystore] } })).toEqual({
      status: 'fail',
      message: "1 hardcoded secret in workload 'svc'.",
      evidence: [{ path: 'app.py', line: 3, detail: 'Hardcoded password: Sup…[12 chars, #abcd1234]' }, at(textLike, 'unreadable'), at(keystore, 'binary content')],
      remediation: [ROTATE, READ, ACCEPT, ...UNSCANNED_FIXES],
    });
  });

  it('secret-like values ranked lower keep their warning; the unscanned files follow', () => {
    expect(evaluate(secretlessControl, beta, { facts: { findings: [inTest], unscannedFiles: [textLike] }, isBlocking: notBlockingInTests })).toEqual({
      status: 'warn',
      message: "1 secret-like value in test, example or docs files of workload 'svc'.",
      evidence: [{ path: 'tests/fixture.py', line: 3, detail: 'Hardcoded password: Sup…[12 chars, #abcd1234]' }, at(textLike, 'unreadable')],
      remediation: [ROTATE, READ, ACCEPT, ...UNSCANNED_FIXES],
    });
  });

  it('secret-like values ranked lower do not relax a text-like unscanned file at production tier', () => {
    expect(evaluate(secretlessControl, FULL, { facts: { findings: [inTest], unscannedFiles: [textLike] }, isBlocking: notBlockingInTests }).status).toBe('fail');
  });

  it('an empty list of unscanned files passes', () => {
    expect(evaluate(secretlessControl, FULL, { facts: { unscannedFiles: [] } }).status).toBe('pass');
  });
});

it('secretless names itself, its title and its risk', () => {
  expect([secretlessControl.id, secretlessControl.title, secretlessControl.risk]).toEqual(["secretless", "No hardcoded secrets", "A secret in the tree is a secret in every clone, fork, log and backup; it must be rotated, not just deleted."]);
});
