// findings.disable_rules: built-in rules turned off by id are not run and are listed in the report;
// verified credentials block in every context while generic ones in tests do not.
import { generateKeyPairSync } from 'node:crypto';
import { runCheck } from '../../src/engine/run-check.js';
import { defaultPolicy } from '../../src/policy/policy.js';
import { findingVerdict } from '../../src/policy/finding-blocking.js';
import type { Finding } from '../../src/scanners/types.js';
import { cleanupTrees, makeTree } from '../helpers/tmp-tree.js';

afterAll(cleanupTrees);

const MANIFEST = 'apiVersion: readiness-gate/v1\nname: svc\ntier: experiment\nownership: { team: t, on_call: pd, escalation: lead, runbook: RUNBOOK.md }\n';
const tree = (policy: string, files: Record<string, string>) =>
  makeTree({ 'readiness.yaml': MANIFEST, 'RUNBOOK.md': '# r', '.github/readiness-policy.yml': `apiVersion: readiness-gate/v1\n${policy}`, ...files });

const APP = { 'app/db.py': 'DB_PASSWORD = "Zx9-correct-horse-battery-staple"\nprint(f"connecting with {DB_PASSWORD}")\n' };

describe('findings.disable_rules', () => {
  it('a disabled rule does not run, is listed in the report, and its finding no longer blocks', async () => {
    const on = await runCheck({ root: tree('', APP) });
    expect(on.findings.map((f) => f.ruleId).sort()).toEqual(['secrets/generic-secret-assignment', 'secrets/secret-in-log']);
    expect(on.disabledRules).toEqual([]);
    expect(on.ready).toBe(false);
    const off = await runCheck({ root: tree('findings:\n  disable_rules: [generic-secret-assignment, secrets/secret-in-log]\n', APP) });
    expect(off.findings).toEqual([]);
    expect(off.disabledRules).toEqual(['secrets/generic-secret-assignment', 'secrets/secret-in-log']);
    expect(off.ready).toBe(true);
  });

  it('disabling the logging check alone keeps the assignment', async () => {
    const r = await runCheck({ root: tree('findings:\n  disable_rules: [secret-in-log]\n', APP) });
    expect(r.findings.map((f) => f.ruleId)).toEqual(['secrets/generic-secret-assignment']);
  });

  it('an unknown rule id is a configuration error naming the key', async () => {
    await expect(runCheck({ root: tree('findings:\n  disable_rules: [generic-secret-asignment]\n', APP) })).rejects.toThrow(/unknown rule id 'generic-secret-asignment'/);
  });
});

describe('blocking per finding', () => {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1', privateKeyEncoding: { type: 'sec1', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } });

  it('a verified private key in a test blocks; a generic assignment there is reported only', async () => {
    const r = await runCheck({ root: tree('', { 'test/fixtures/key.pem': privateKey, 'test/settings.py': 'DB_PASSWORD = "Zx9-correct-horse-battery-staple"\n' }) });
    const key = r.findings.find((f) => f.path === 'test/fixtures/key.pem');
    const generic = r.findings.find((f) => f.path === 'test/settings.py');
    expect(key).toMatchObject({ confidence: 'verified', severity: 'low', blocking: true, blockingReason: expect.stringContaining('every context') });
    expect(generic).toMatchObject({ confidence: 'generic', severity: 'low', blocking: false, blockingReason: expect.stringContaining('reported only') });
    expect(r.ready).toBe(false);
    expect(JSON.stringify(r)).not.toContain(privateKey.split('\n')[1]);
  });

  it('block_verified_everywhere: false lets the policy rank verified fixtures lower too', async () => {
    const r = await runCheck({ root: tree('findings:\n  block_verified_everywhere: false\n', { 'test/fixtures/key.pem': privateKey }) });
    expect(r.findings[0]).toMatchObject({ blocking: false });
    expect(r.ready).toBe(true);
  });

  it('every verdict: suppressed, source, unlisted context, verified, reported only', () => {
    const policy = defaultPolicy();
    const f = (over: Partial<Finding>): Finding => ({ ruleId: 'secrets/x', category: 'secret', severity: 'low', path: 'p', line: 1, column: 1, message: 'm', fingerprint: 'f', context: 'source', confidence: 'generic', ...over });
    expect(findingVerdict(f({ suppression: { kind: 'inline', reason: 'fixture' } }), policy)).toEqual({ blocking: false, reason: 'accepted (inline): fixture' });
    expect(findingVerdict(f({}), policy)).toEqual({ blocking: true, reason: 'a generic match in source blocks' });
    expect(findingVerdict(f({ context: 'docs' }), { ...policy, nonBlockingContexts: ['test'] }).blocking).toBe(true);
    expect(findingVerdict(f({ context: 'example', confidence: 'verified' }), policy).blocking).toBe(true);
    expect(findingVerdict(f({ context: 'example', confidence: 'provider' }), policy)).toEqual({ blocking: false, reason: 'reported only: a provider-shaped token in example files (findings.non_blocking_contexts)' });
  });

  it('a commented-out generic assignment is reported only when docs do not block, and the reason says it is a comment', () => {
    const policy = defaultPolicy();
    const f: Finding = { ruleId: 'secrets/x', category: 'secret', severity: 'low', path: 'chart/values.yaml', line: 3, column: 5, message: 'm', context: 'docs', confidence: 'generic', commented: true };
    expect(findingVerdict(f, policy)).toEqual({ blocking: false, reason: 'reported only: a generic match in a comment, read as docs (findings.non_blocking_contexts)' });
    expect(findingVerdict(f, { ...policy, nonBlockingContexts: ['test', 'example'] })).toEqual({
      blocking: true,
      reason: "a generic match in a comment (docs) blocks: the policy does not list 'docs' in findings.non_blocking_contexts",
    });
  });
});
