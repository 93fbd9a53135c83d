// The repository-level verdict: no manifest, secrets in files no workload owns, orphans; each a
// result with risk, evidence, remediation and priority, and messages that stay short.
import { defaultPolicy, type Policy } from '../../src/policy/policy.js';
import { findingRef } from '../../src/scanners/finding-ref.js';
import { capList, countOf } from '../../src/scorecard/list.js';
import { repositoryVerdict, type RepositoryInput } from '../../src/scorecard/repository.js';
import type { Deployable } from '../../src/scanners/types.js';
import { finding } from './helpers.js';

function verdict(overrides: Partial<Omit<RepositoryInput, 'policy'>> & { policy?: Partial<Policy> } = {}) {
  return repositoryVerdict({
    workloadCount: 1,
    findings: [],
    deployables: [],
    ownedByAny: (path) => path.startsWith('svc/'),
    isBlocking: (f) => !f.suppression,
    ...overrides,
    policy: { ...defaultPolicy(), ...(overrides.policy ?? {}) },
  });
}

const deployable = (path: string, name = 'api', line = 1): Deployable => ({ path, line, kind: 'kubernetes', name });

describe('no manifest', () => {
  it('blocks by default, as a P0 with the manifest globs as evidence', () => {
    const v = verdict({ workloadCount: 0 });
    expect(v.results).toEqual([
      {
        id: 'no_manifest',
        title: 'Readiness manifest',
        status: 'fail',
        blocking: true,
        priority: 'P0',
        message: 'Promotion blocked: no workload is declared: add a readiness.yaml next to each deployable service.',
        risk: expect.stringContaining('nothing is checked'),
        evidence: [{ detail: "no file matches the policy's manifest globs (**/readiness.yaml, **/readiness.yml)" }],
        remediation: [expect.stringContaining('Add a readiness.yaml'), 'If this repository deploys nothing, set `no_manifest: warn` in the policy.'],
      },
    ]);
    expect(v.blocking).toEqual([v.results[0]!.message]);
    expect(v.warnings).toEqual([]);
  });

  it('is a P1 warning when the policy says warn, and then never says promotion is blocked', () => {
    const v = verdict({ workloadCount: 0, policy: { noManifest: 'warn' } });
    expect(v.results[0]).toMatchObject({ id: 'no_manifest', status: 'warn', blocking: false, priority: 'P1' });
    expect(v.results[0]!.message).not.toMatch(/blocked/i);
    expect(v.results[0]!.message).toContain('before general availability');
    expect(v.blocking).toEqual([]);
    expect(v.warnings).toEqual([v.results[0]!.message]);
  });

  it('is not raised when any workload is declared', () => {
    expect(verdict({ workloadCount: 1 }).results).toEqual([]);
    expect(verdict({ workloadCount: 3 }).results).toEqual([]);
  });
});

describe('secrets in files no workload owns', () => {
  it('block, with each finding as evidence that names it', () => {
    const secret = finding({ path: 'scripts/deploy.sh', line: 7, fingerprint: '1'.repeat(32) });
    const logged = finding({ path: 'scripts/deploy.sh', line: 9, category: 'secret-logging', message: 'Secret written to a log', redacted: undefined, fingerprint: '2'.repeat(32) });
    const v = verdict({ findings: [secret, logged] });
    expect(v.results).toHaveLength(1);
    expect(v.results[0]).toMatchObject({
      id: 'unowned_secrets',
      status: 'fail',
      blocking: true,
      priority: 'P0',
      message: 'Promotion blocked: 2 hardcoded secrets in 1 file no workload owns: scripts/deploy.sh.',
      evidence: [
        { path: 'scripts/deploy.sh', line: 7, detail: 'Hardcoded password: Sup…[12 chars, #abcd1234]', finding: findingRef(secret) },
        { path: 'scripts/deploy.sh', line: 9, detail: 'Secret written to a log', finding: findingRef(logged) },
      ],
    });
    expect(v.results[0]!.remediation[0]).toMatch(/^Rotate/);
    expect(v.results[0]!.risk).toMatch(/no owner/);
    expect(v.blocking).toEqual([v.results[0]!.message]);
  });

  it('one secret in one file reads in the singular', () => {
    expect(verdict({ findings: [finding({ path: 'x.env' })] }).blocking).toEqual(['Promotion blocked: 1 hardcoded secret in 1 file no workload owns: x.env.']);
  });

  it('ignores owned files, suppressed or lower-ranked findings, and findings that are not secrets', () => {
    const findings = [
      finding({ path: 'svc/app.py' }),
      finding({ path: 'tools/a.py', suppression: { kind: 'baseline', reason: 'accepted' } }),
      finding({ path: 'tools/b.py', category: 'image' }),
      finding({ path: 'tools/c.py', category: 'hardening' }),
    ];
    expect(verdict({ findings }).results).toEqual([]);
    expect(verdict({ findings: [finding({ path: 'tests/t.py', context: 'test' })], isBlocking: (f) => f.context === 'source' }).results).toEqual([]);
  });

  it('lists at most five files and counts the rest', () => {
    const findings = Array.from({ length: 7 }, (_, i) => finding({ path: `tools/f${i}.py`, fingerprint: String(i).repeat(32) }));
    const v = verdict({ findings });
    expect(v.results[0]!.message).toBe('Promotion blocked: 7 hardcoded secrets in 7 files no workload owns: tools/f0.py, tools/f1.py, tools/f2.py, tools/f3.py, tools/f4.py and 2 more.');
    expect(v.results[0]!.evidence).toHaveLength(7);
  });
});

describe('orphans', () => {
  const deployables = [deployable('svc/k8s.yaml', 'owned'), deployable('deploy/web.yaml', 'web', 4)];

  it('warn by default as a P1 that must be covered before general availability', () => {
    const v = verdict({ deployables });
    expect(v.orphans).toEqual([{ ...deployables[1], blocking: false }]);
    expect(v.results).toEqual([
      expect.objectContaining({
        id: 'orphans',
        status: 'warn',
        blocking: false,
        priority: 'P1',
        message: '1 deployable not covered by any readiness manifest: kubernetes web (deploy/web.yaml); cover it before general availability.',
        evidence: [{ path: 'deploy/web.yaml', line: 4, detail: 'kubernetes web is not covered by any readiness manifest' }],
      }),
    ]);
    expect(v.warnings).toEqual([v.results[0]!.message]);
    expect(v.blocking).toEqual([]);
  });

  it('block when the policy says fail', () => {
    const v = verdict({ deployables, policy: { orphans: 'fail' } });
    expect(v.orphans).toEqual([{ ...deployables[1], blocking: true }]);
    expect(v.results[0]).toMatchObject({ status: 'fail', blocking: true, priority: 'P0', message: 'Promotion blocked: 1 deployable not covered by any readiness manifest: kubernetes web (deploy/web.yaml).' });
    expect(v.results[0]!.remediation).toHaveLength(2);
    expect(v.results[0]!.risk).toMatch(/ships without/);
  });

  it('are not looked for when the policy says ignore', () => {
    expect(verdict({ deployables, policy: { orphans: 'ignore' } })).toEqual({ blocking: [], warnings: [], results: [], orphans: [] });
  });

  it('many orphans: five named, the rest counted, plural wording', () => {
    const many = Array.from({ length: 2000 }, (_, i) => deployable(`deploy/d${String(i).padStart(4, '0')}.yaml`, `d${i}`));
    const v = verdict({ deployables: many });
    expect(v.results[0]!.message).toBe(
      '2,000 deployables not covered by any readiness manifest: kubernetes d0 (deploy/d0000.yaml), kubernetes d1 (deploy/d0001.yaml), kubernetes d2 (deploy/d0002.yaml), kubernetes d3 (deploy/d0003.yaml), kubernetes d4 (deploy/d0004.yaml) and 1,995 more; cover them before general availability.',
    );
    expect(v.orphans).toHaveLength(2000);
  });
});

it('reports the checks in a fixed order: no manifest, unowned secrets, orphans', () => {
  const v = verdict({ workloadCount: 0, ownedByAny: () => false, findings: [finding()], deployables: [deployable('a.yaml')], policy: { orphans: 'fail' } });
  expect(v.results.map((r) => r.id)).toEqual(['no_manifest', 'unowned_secrets', 'orphans']);
  expect(v.blocking).toHaveLength(3);
});

describe('list wording', () => {
  it.each([
    [[], ''],
    [['a'], 'a'],
    [['a', 'b'], 'a and b'],
    [['a', 'b', 'c', 'd', 'e'], 'a, b, c, d and e'],
    [['a', 'b', 'c', 'd', 'e', 'f'], 'a, b, c, d, e and 1 more'],
  ])('capList(%j) is %j', (items, text) => {
    expect(capList(items)).toBe(text);
  });

  it('takes its own maximum and groups thousands', () => {
    expect(capList(Array.from({ length: 1992 }, (_, i) => `n${i}`), 2)).toBe('n0, n1 and 1,990 more');
    expect(countOf(1, 'file')).toBe('1 file');
    expect(countOf(0, 'file')).toBe('0 files');
    expect(countOf(1200, 'policy', 'policies')).toBe('1,200 policies');
  });
});

it('every repository result reads as a finished item: a title, a risk and fixes in sentences, evidence with detail', () => {
  const v = verdict({ workloadCount: 0, ownedByAny: () => false, findings: [finding()], deployables: [deployable('a.yaml')] });
  expect(v.results).toHaveLength(3);
  const titles = v.results.map((r) => r.title);
  expect(titles).toEqual(['Readiness manifest', 'No hardcoded secrets outside workloads', 'Every deployable has a manifest']);
  for (const r of v.results) {
    expect(r.risk).toMatch(/^[A-Z][^]{20,}\.$/);
    expect(r.remediation.length).toBeGreaterThanOrEqual(2);
    for (const fix of r.remediation) expect(fix).toMatch(/^[A-Z][^]{20,}\.$/);
    for (const e of r.evidence) expect(e.detail.length).toBeGreaterThan(5);
  }
  expect(v.results[1]!.remediation).toEqual([
    'Rotate each exposed credential now: it is in the history even after the line is deleted.',
    'Read secrets at run time through a managed identity or a secret store instead of committing them.',
    'If a value is a deliberate test fixture, add `readiness-gate:allow <reason>` on its line or record it in the baseline.',
  ]);
});
