// Policy over findings: custom rules, allow_paths and lower-ranked contexts, end to end.
import { runCheck } from '../../src/engine/run-check.js';
import { ConfigurationFailure } from '../../src/config/failure.js';
import { findingRef } from '../../src/scanners/finding-ref.js';
import { cleanupTrees, makeTree } from '../helpers/tmp-tree.js';

afterAll(cleanupTrees);

const MANIFEST = 'apiVersion: readiness-gate/v1\nname: svc\ntier: experiment\nownership: { team: t, on_call: pd, escalation: lead, runbook: RUNBOOK.md }\n';

function tree(policy: string, files: Record<string, string>) {
  return makeTree({ 'readiness.yaml': MANIFEST, 'RUNBOOK.md': '# r', '.github/readiness-policy.yml': `apiVersion: readiness-gate/v1\n${policy}`, ...files });
}

describe('finding policy', () => {
  it('a custom rule finds the organisation token and blocks', async () => {
    const root = tree('findings:\n  custom_rules:\n    - { id: acme-token, pattern: "acme_[a-z0-9]{24}", keywords: [acme_] }\n', { 'app/client.py': 'TOKEN_VALUE = call("acme_zq8w7e6r5t4y3u2i1o0p9a8s")\n' });
    const r = await runCheck({ root });
    expect(r.findings.map((f) => f.ruleId)).toContain('secrets/acme-token');
    expect(JSON.stringify(r)).not.toContain('acme_zq8w7e6r5t4y3u2i1o0p9a8s');
    expect(r.ready).toBe(false);
  });

  it('a custom rule RE2 cannot run is a configuration error naming the policy file and the rule', async () => {
    const root = tree('findings:\n  custom_rules:\n    - { id: bad-rule, pattern: "tok_(?!test)[a-z]{8}" }\n', {});
    const error = await runCheck({ root }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationFailure);
    const [first] = (error as ConfigurationFailure).errors;
    expect(first).toMatchObject({ file: '.github/readiness-policy.yml', keyPath: 'findings.custom_rules' });
    expect(first?.message).toMatch(/custom rule 'bad-rule': pattern uses syntax the linear-time engine \(RE2\) does not support/);
  });

  it('a catastrophic-backtracking custom rule runs, in linear time', async () => {
    const root = tree('findings:\n  custom_rules:\n    - { id: nested-rule, pattern: "tok_(a+)+$", keywords: [tok_] }\n', { 'app/big.txt': `tok_${'a'.repeat(40_000)}!\n` });
    const started = performance.now();
    await runCheck({ root });
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('allow_paths reports findings as suppressed instead of dropping them', async () => {
    const root = tree("findings:\n  allow_paths: ['fixtures/**']\n", { 'fixtures/creds.py': 'DB_PASSWORD = "Zx9-correct-horse-battery-staple"\n' });
    const r = await runCheck({ root });
    const finding = r.findings.find((f) => f.path === 'fixtures/creds.py');
    expect(finding?.suppression).toEqual({ kind: 'policy', reason: 'path is in the policy allow_paths' });
    expect(r.ready).toBe(true);
  });

  it('findings in tests rank lower by default, and block when the policy lists no lower contexts', async () => {
    const files = { 'tests/test_db.py': 'DB_PASSWORD = "Zx9-correct-horse-battery-staple"\n' };
    const strict = await runCheck({ root: tree('findings:\n  non_blocking_contexts: []\n', files) });
    expect(strict.ready).toBe(false);
    expect(strict.findings[0]).toMatchObject({ blocking: true, blockingReason: expect.stringContaining("does not list 'test'") });
    const lenient = await runCheck({ root: tree('', files) });
    expect(lenient.ready).toBe(true);
    expect(lenient.findings[0]).toMatchObject({ blocking: false, blockingReason: expect.stringContaining('reported only') });
    expect(lenient.findings.some((f) => f.path === 'tests/test_db.py' && f.context === 'test')).toBe(true);
    expect(lenient.workloads[0]?.controls.find((c) => c.id === 'secretless')?.status).toBe('warn');
  });

  it('a typed value in source is reported as an example, and blocks when the policy makes examples block', async () => {
    const files = { 'app/settings.py': 'API_TOKEN = "a1b2c3d4e5f6a7b8c9d0e1f2"\n' };
    const lenient = await runCheck({ root: tree('', files) });
    const typed = lenient.findings.find((f) => f.path === 'app/settings.py');
    expect(typed).toMatchObject({ context: 'example', typed: true, severity: 'low', blocking: false, blockingReason: expect.stringContaining('a typed value') });
    expect(lenient.ready).toBe(true);
    const strict = await runCheck({ root: tree('findings:\n  non_blocking_contexts: [test, docs]\n', files) });
    expect(strict.findings.find((f) => f.path === 'app/settings.py')).toMatchObject({ blocking: true, blockingReason: expect.stringContaining("a typed value (example) blocks") });
    expect(strict.ready).toBe(false);
  });
});

describe('workload ownership', () => {
  it('containers named in the manifest belong to the workload wherever their Kubernetes file lives', async () => {
    const root = makeTree({
      'svc/readiness.yaml': 'apiVersion: readiness-gate/v1\nname: svc\ntier: experiment\npaths: [src]\ncontainers: [api]\nownership: { team: t, on_call: pd, escalation: lead, runbook: src/RUNBOOK.md }\n',
      'svc/src/RUNBOOK.md': '# r',
      'deploy/k8s.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: api }\nspec:\n  template:\n    metadata: { labels: { app: api } }\n    spec:\n      containers:\n        - name: api\n          image: acme/api:latest\n',
      'deploy/other.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: other }\nspec:\n  template:\n    spec:\n      containers:\n        - name: other\n          image: acme/other:1.0.0\n',
    });
    const r = await runCheck({ root });
    const pinning = r.workloads[0]?.controls.find((c) => c.id === 'image_pinning');
    const finding = r.findings.find((f) => f.path === 'deploy/k8s.yaml' && f.ruleId === 'images/latest-tag');
    // The same fact once: the control's evidence names the finding in the file the workload does not own.
    expect(pinning?.evidence).toEqual([{ path: 'deploy/k8s.yaml', line: 10, detail: "'acme/api:latest' uses :latest", finding: finding && findingRef(finding) }]);
    expect(finding).toBeDefined();
    expect(r.orphans.map((o) => o.path)).toEqual(['deploy/other.yaml']);
  });
});
