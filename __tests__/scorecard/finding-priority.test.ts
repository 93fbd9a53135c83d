import { findingRef } from '../../src/scanners/finding-ref.js';
import type { Finding } from '../../src/scanners/types.js';
import { findingPriority } from '../../src/scorecard/finding-priority.js';
import type { ControlResult, WorkloadScore } from '../../src/scorecard/scorecard.js';
import type { Priority, VerdictItem } from '../../src/scorecard/types.js';

const image: Finding = { ruleId: 'images/latest-tag', category: 'image', severity: 'medium', path: 'svc/k8s/deploy.yaml', line: 7, column: 3, message: 'm', context: 'source' };
const secret: Finding = { ...image, ruleId: 'secrets/x', category: 'secret', severity: 'high', path: 'svc/app.py', line: 2 };

const control = (id: ControlResult['id'], status: ControlResult['status'], priority?: Priority, evidence: ControlResult['evidence'] = []): ControlResult => ({
  id, title: id, status, blocking: priority === 'P0', message: '', risk: '', evidence, remediation: [], ...(priority ? { priority } : {}),
});
const workload = (name: string, controls: ControlResult[]) => ({ name, controls }) as unknown as WorkloadScore;
const owning = (prefix: string) => (path: string) => path.startsWith(prefix);
const repoResult = (priority: Priority, evidence: VerdictItem['evidence']): VerdictItem => ({ title: 't', status: 'fail', blocking: priority === 'P0', priority, message: '', risk: '', evidence, remediation: [] });

describe('a finding takes the highest priority of the failing results that rest on it', () => {
  it('a finding in a workload whose control of its kind blocks is P0; of another kind it is not', () => {
    const w = { score: workload('svc', [control('image_pinning', 'fail', 'P0'), control('telemetry', 'fail', 'P0')]), owns: owning('svc/') };
    expect(findingPriority(image, [w], [])).toBe('P0');
    const other = { score: workload('svc', [control('telemetry', 'fail', 'P0')]), owns: owning('svc/') };
    expect(findingPriority(image, [other], [])).toBe('P2');
  });

  it('a warning control gives its own priority; a passing or waived one gives none', () => {
    expect(findingPriority(image, [{ score: workload('svc', [control('image_pinning', 'warn', 'P1')]), owns: owning('svc/') }], [])).toBe('P1');
    expect(findingPriority(image, [{ score: workload('svc', [control('image_pinning', 'pass')]), owns: owning('svc/') }], [])).toBe('P2');
    expect(findingPriority(image, [{ score: workload('svc', [control('image_pinning', 'waived')]), owns: owning('svc/') }], [])).toBe('P2');
  });

  it('a workload that does not own the file counts only when its evidence names the finding (a container its manifest names)', () => {
    const far = { score: workload('far', [control('image_pinning', 'fail', 'P0')]), owns: owning('other/') };
    expect(findingPriority(image, [far], [])).toBe('P2');
    const naming = { score: workload('far', [control('image_pinning', 'warn', 'P1', [{ path: image.path, line: 7, detail: 'd', finding: findingRef(image) }])]), owns: owning('other/') };
    expect(findingPriority(image, [naming], [])).toBe('P1');
  });

  it('the highest across workloads and repository results wins', () => {
    const p1 = { score: workload('a', [control('image_pinning', 'warn', 'P1')]), owns: owning('svc/') };
    const p0 = { score: workload('b', [control('image_pinning', 'fail', 'P0')]), owns: owning('svc/') };
    expect(findingPriority(image, [p1, p0], [])).toBe('P0');
    expect(findingPriority(image, [p0, p1], [])).toBe('P0');
    expect(findingPriority(secret, [], [repoResult('P0', [{ path: secret.path, line: 2, detail: 'd', finding: findingRef(secret) }])])).toBe('P0');
    expect(findingPriority(secret, [], [repoResult('P0', [{ path: secret.path, line: 2, detail: 'd', finding: 'secrets/x@elsewhere:1:1' }])])).toBe('P2');
  });

  it('a finding the policy does not let block is advice; a suppressed one has no priority', () => {
    const w = { score: workload('svc', [control('secretless', 'fail', 'P0')]), owns: owning('svc/') };
    expect(findingPriority(secret, [w], [])).toBe('P0');
    expect(findingPriority({ ...secret, blocking: false }, [w], [])).toBe('P2');
    expect(findingPriority({ ...secret, suppression: { kind: 'inline', reason: 'fixture' } }, [w], [])).toBeUndefined();
  });
});

describe('the evidence index behind the priorities', () => {
  it('a result whose evidence grows after a first question names the new finding too', () => {
    const result = repoResult('P0', []);
    expect(findingPriority(secret, [], [result])).toBe('P2');
    result.evidence.push({ path: secret.path, line: 2, detail: 'd', finding: findingRef(secret) });
    expect(findingPriority(secret, [], [result])).toBe('P0');
    result.evidence = [];
    expect(findingPriority(secret, [], [result])).toBe('P2');
  });

  it('each of many findings named by one result gets its priority, and only those', () => {
    const findings = Array.from({ length: 2000 }, (_, i) => ({ ...secret, line: i + 1 }));
    const named = findings.filter((_, i) => i % 3 === 0);
    const result = repoResult('P1', named.map((f) => ({ path: f.path, line: f.line, detail: 'd', finding: findingRef(f) })));
    const priorities = findings.map((f) => findingPriority(f, [], [result]));
    expect(priorities.filter((p) => p === 'P1').length).toBe(named.length);
    expect(priorities.every((p, i) => p === (i % 3 === 0 ? 'P1' : 'P2'))).toBe(true);
  });
});

describe('only failing and warning results give their priority', () => {
  const naming = (f: Finding) => [{ path: f.path, line: f.line, detail: 'd', finding: findingRef(f) }];

  it('a passing or waived control gives none, even with a priority on it', () => {
    for (const status of ['pass', 'waived'] as const) {
      const w = { score: workload('svc', [control('image_pinning', status, 'P0', naming(image))]), owns: owning('svc/') };
      expect(findingPriority(image, [w], [])).toBe('P2');
    }
  });

  it('a repository result gives its priority when it fails or warns and names the finding, not when it passes', () => {
    expect(findingPriority(secret, [], [{ ...repoResult('P1', naming(secret)), status: 'warn' }])).toBe('P1');
    expect(findingPriority(secret, [], [{ ...repoResult('P0', naming(secret)), status: 'pass' }])).toBe('P2');
  });

  it('a result whose evidence is replaced by another list of the same length names what the new list names', () => {
    const other = { ...secret, line: 99 };
    const result = repoResult('P0', naming(secret));
    expect(findingPriority(secret, [], [result])).toBe('P0');
    result.evidence = naming(other);
    expect(findingPriority(secret, [], [result])).toBe('P2');
    expect(findingPriority(other, [], [result])).toBe('P0');
  });
});
