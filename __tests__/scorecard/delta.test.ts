// The base-to-head delta as a pure function of two scorecards: which controls regressed or
// improved, the score change, new findings versus findings already on the base (a multiset by
// fingerprint), new orphans, and what `fail-on: new-findings` fails on.
import { defaultPolicy } from '../../src/policy/policy.js';
import { computeDelta, defaultFindingKey, type DeltaInput, type DeltaSide } from '../../src/scorecard/delta.js';
import { aggregate } from '../../src/scorecard/scorecard.js';
import type { Orphan, RepositoryResult } from '../../src/scorecard/repository.js';
import type { Finding } from '../../src/scanners/types.js';
import { finding, NOW, outcome, outcomes, workload } from './helpers.js';

const policy = defaultPolicy();
const score = (overrides: Parameters<typeof outcomes>[0] = {}, extra = '') => aggregate(workload(extra), policy, outcomes(overrides), [], NOW);

function side(overrides: Partial<DeltaSide> = {}): DeltaSide {
  const workloads = overrides.workloads ?? [score()];
  return { ready: workloads.every((w) => w.ready), workloads, findings: [], orphans: [], repositoryResults: [], ...overrides };
}

function delta(base: DeltaSide, head: DeltaSide, extra: Partial<DeltaInput> = {}) {
  return computeDelta({ base, head, commit: 'a'.repeat(40), changedFiles: 3, rescannedFiles: 2, newExceptions: [], keyOf: (f) => defaultFindingKey(f, f.fingerprint), ...extra });
}

const secret = (fp: string, overrides: Partial<Finding> = {}) => finding({ fingerprint: fp.repeat(32), priority: 'P0', blocking: true, ...overrides });

describe('controls', () => {
  it('a control that goes from pass to a blocking fail regressed, lowers the score and is introduced', () => {
    const d = delta(side(), side({ workloads: [score({ image_pinning: outcome('fail', 'an image on :latest') })] }));
    expect(d.regressed).toEqual([{ workload: 'svc', control: 'image_pinning', title: expect.any(String), from: 'pass', to: 'fail', blocking: true }]);
    expect(d.improved).toEqual([]);
    expect(d.score.change).toBeLessThan(0);
    expect(d.score.head).toBe(d.score.base + d.score.change);
    expect(d.workloads).toEqual([expect.objectContaining({ name: 'svc', change: 'changed', ready: { base: true, head: false } })]);
    expect(d.introduced).toEqual([expect.stringMatching(/^Workload 'svc': .* regressed from pass to fail\.$/)]);
  });

  it('a control fixed in the PR improved, raises the score and introduces nothing', () => {
    const d = delta(side({ workloads: [score({ telemetry: outcome('fail', 'no traces') })] }), side());
    expect(d.improved).toEqual([expect.objectContaining({ control: 'telemetry', from: 'fail', to: 'pass', blocking: false })]);
    expect(d.regressed).toEqual([]);
    expect(d.score.change).toBeGreaterThan(0);
    expect(d.introduced).toEqual([]);
  });

  it('a regression to a warning is listed but does not count as introduced', () => {
    const d = delta(side(), side({ workloads: [score({ cost_guardrails: outcome('warn', 'no unit metrics') })] }));
    expect(d.regressed).toEqual([expect.objectContaining({ control: 'cost_guardrails', from: 'pass', to: 'warn', blocking: false })]);
    expect(d.introduced).toEqual([]);
  });

  it('pass and not applicable are the same: no change either way', () => {
    const d = delta(side(), side({ workloads: [score({ data_contracts: outcome('not_applicable') })] }));
    expect(d.regressed).toEqual([]);
    expect(d.improved).toEqual([]);
    expect(d.workloads[0]!.change).toBe('changed');
  });

  it('an unchanged scorecard has no changes', () => {
    const d = delta(side(), side());
    expect(d).toMatchObject({ regressed: [], improved: [], introduced: [], score: { change: 0 }, workloads: [{ name: 'svc', change: 'unchanged' }] });
  });

  it("a workload the PR adds brings its failing controls in as new; one it removes is listed as removed", () => {
    const added = aggregate(workload('', 'production'), policy, outcomes({ identity: outcome('fail', 'no identity') }), [], NOW);
    const renamed = { ...added, name: 'new-svc' };
    const d = delta(side(), side({ workloads: [renamed] }));
    expect(d.workloads).toEqual([
      { name: 'new-svc', change: 'added', score: { head: renamed.score }, ready: { head: false } },
      { name: 'svc', change: 'removed', score: { base: 100 }, ready: { base: true } },
    ]);
    expect(d.regressed).toEqual([expect.objectContaining({ workload: 'new-svc', control: 'identity', to: 'fail', blocking: true })]);
    expect(d.regressed[0]).not.toHaveProperty('from');
    expect(d.introduced).toEqual([expect.stringContaining('(new workload)')]);
  });
});

describe('findings', () => {
  it('a finding the base has (same fingerprint, any line) is existing; one it lacks is new', () => {
    const d = delta(side({ findings: [secret('1', { line: 3 })] }), side({ findings: [secret('1', { line: 9 }), secret('2', { path: 'svc/new.py', line: 4 })] }));
    expect(d.findings.existing).toBe(1);
    expect(d.findings.fixed).toBe(0);
    expect(d.findings.new).toEqual([{ ref: 'secrets/generic@svc/new.py:4:5', ruleId: 'secrets/generic', path: 'svc/new.py', line: 4, severity: 'high', blocking: true }]);
    expect(d.introduced).toEqual(['New finding in this PR: secrets/generic at svc/new.py:4.']);
  });

  it('matches as a multiset: a second copy of a base secret is new, a base finding the head lacks is fixed', () => {
    const d = delta(side({ findings: [secret('1'), secret('3')] }), side({ findings: [secret('1', { line: 3 }), secret('1', { line: 8 })] }));
    expect(d.findings).toMatchObject({ existing: 1, fixed: 1, new: [{ line: 8 }] });
  });

  it('a new finding that does not block (suppressed, or advice) is listed but not introduced', () => {
    const d = delta(side(), side({ findings: [secret('4', { suppression: { kind: 'baseline', reason: 'accepted' } }), secret('5', { priority: 'P2', blocking: false, context: 'test' })] }));
    expect(d.findings.new.map((f) => f.blocking)).toEqual([false, false]);
    expect(d.introduced).toEqual([]);
  });

  it('no fingerprint ever reaches the delta', () => {
    const d = delta(side({ findings: [secret('6')] }), side({ findings: [secret('7')] }));
    expect(JSON.stringify(d)).not.toMatch(/6{32}|7{32}/);
  });

  it('a renamed file matches through the key the caller gives its base findings (its head name)', () => {
    const base = secret('8', { path: 'svc/old.py' });
    const head = secret('9', { path: 'svc/new.py' });
    const renamed = new Map<Finding, string>([[base, '9'.repeat(32)]]);
    const keyOf = (f: Finding, s: 'base' | 'head') => (s === 'base' ? renamed.get(f) : undefined) ?? defaultFindingKey(f, f.fingerprint);
    expect(delta(side({ findings: [base] }), side({ findings: [head] }), { keyOf }).findings).toEqual({ new: [], existing: 1, fixed: 0 });
    expect(delta(side({ findings: [base] }), side({ findings: [head] })).findings).toMatchObject({ existing: 0, fixed: 1, new: [{ path: 'svc/new.py' }] });
  });

  it('findings without a fingerprint match by rule, path and message', () => {
    const image = (line: number) => finding({ ruleId: 'images/latest-tag', category: 'image', fingerprint: undefined, message: "image 'nginx:latest'", line });
    expect(delta(side({ findings: [image(2)] }), side({ findings: [image(7)] })).findings).toEqual({ new: [], existing: 1, fixed: 0 });
  });
});

describe('repository, orphans and exceptions', () => {
  const orphan = (name: string): Orphan => ({ kind: 'kubernetes', name, path: `deploy/${name}.yaml`, line: 1, blocking: true });
  const orphans = (blocking: boolean): RepositoryResult => ({ id: 'orphans', title: 'Every deployable has a manifest', status: blocking ? 'fail' : 'warn', blocking, message: 'm', risk: 'r', evidence: [], remediation: [] });

  it('lists only orphans the base does not have', () => {
    const d = delta(side({ orphans: [orphan('a')], repositoryResults: [orphans(true)] }), side({ orphans: [orphan('a'), orphan('b')], repositoryResults: [orphans(true)] }));
    expect(d.newOrphans).toEqual([{ kind: 'kubernetes', name: 'b', path: 'deploy/b.yaml', line: 1, blocking: true }]);
    expect(d.regressed).toEqual([]);
  });

  it('a repository check that starts blocking in the PR is a regression and introduced; one that goes away improved', () => {
    const worse = delta(side(), side({ repositoryResults: [orphans(true)] }));
    expect(worse.regressed).toEqual([{ control: 'orphans', title: 'Every deployable has a manifest', to: 'fail', blocking: true }]);
    expect(worse.introduced).toEqual(['Repository: Every deployable has a manifest is fail (new).']);
    const better = delta(side({ repositoryResults: [orphans(false)] }), side());
    expect(better.improved).toEqual([{ control: 'orphans', title: 'Every deployable has a manifest', from: 'warn', to: 'pass', blocking: false }]);
  });

  it('new exceptions and fail-closed rule blockers are introduced, in that order after the rules', () => {
    const d = delta(side(), side(), { newExceptions: [{ detail: 'New exception, needs review: a waiver.' }], rulesBlockers: ['Promotion blocked: the policy as changed does not load.'] });
    expect(d.newExceptions).toBe(1);
    expect(d.introduced).toEqual(['Promotion blocked: the policy as changed does not load.', 'New exception, needs review: a waiver.']);
  });
});

describe('workloads, score and ready', () => {
  it('a workload whose score alone changed is changed, with both scores', () => {
    const base = score();
    const d = delta(side({ workloads: [base] }), side({ workloads: [{ ...base, score: 80 }] }));
    expect(d.workloads).toEqual([{ name: 'svc', change: 'changed', score: { base: 100, head: 80 }, ready: { base: true, head: true } }]);
    expect(d.regressed).toEqual([]);
  });

  it('a workload whose readiness alone changed is changed', () => {
    const base = score();
    const d = delta(side({ workloads: [base] }), side({ workloads: [{ ...base, ready: false }] }));
    expect(d.workloads).toEqual([{ name: 'svc', change: 'changed', score: { base: 100, head: 100 }, ready: { base: true, head: false } }]);
  });

  it('an unchanged workload keeps both sides of its score and readiness', () => {
    expect(delta(side(), side()).workloads).toEqual([{ name: 'svc', change: 'unchanged', score: { base: 100, head: 100 }, ready: { base: true, head: true } }]);
  });

  it('lists workloads by name whatever their order on either side', () => {
    const base = score();
    const d = delta(side({ workloads: [{ ...base, name: 'zeta' }] }), side({ workloads: [{ ...base, name: 'mid' }, { ...base, name: 'alpha' }] }));
    expect(d.workloads.map((w) => [w.name, w.change])).toEqual([
      ['alpha', 'added'],
      ['mid', 'added'],
      ['zeta', 'removed'],
    ]);
  });

  it('the score is the lowest workload score on each side, 0 without workloads', () => {
    const base = score();
    const d = delta(side({ workloads: [{ ...base, name: 'a', score: 90 }, { ...base, name: 'b', score: 70 }] }), side({ workloads: [{ ...base, name: 'a', score: 60 }, { ...base, name: 'b', score: 95 }] }));
    expect(d.score).toEqual({ base: 70, head: 60, change: -10 });
    expect(delta(side({ workloads: [] }), side({ workloads: [{ ...base, score: 40 }] })).score).toEqual({ base: 0, head: 40, change: 40 });
  });

  it('reports the readiness of each side as given', () => {
    expect(delta(side({ ready: true }), side({ ready: false })).ready).toEqual({ base: true, head: false });
    expect(delta(side({ ready: false }), side({ ready: true })).ready).toEqual({ base: false, head: true });
  });

  it('echoes the commit and the file counts', () => {
    expect(delta(side(), side())).toMatchObject({ base: 'a'.repeat(40), changedFiles: 3, rescannedFiles: 2, newExceptions: 0 });
  });
});

describe('repository checks across commits', () => {
  const check = (status: RepositoryResult['status'], id: RepositoryResult['id'] = 'orphans'): RepositoryResult => ({
    id,
    title: `title of ${id}`,
    status,
    blocking: status === 'fail',
    message: 'm',
    risk: 'r',
    evidence: [],
    remediation: [],
  });

  it('a check that stays the same on both sides is neither regressed nor improved', () => {
    for (const status of ['fail', 'warn', 'waived'] as const) {
      const d = delta(side({ repositoryResults: [check(status)] }), side({ repositoryResults: [check(status)] }));
      expect({ status, regressed: d.regressed, improved: d.improved }).toEqual({ status, regressed: [], improved: [] });
    }
  });

  it('a check that goes from warn to fail regressed from warn', () => {
    const d = delta(side({ repositoryResults: [check('warn')] }), side({ repositoryResults: [check('fail')] }));
    expect(d.regressed).toEqual([{ control: 'orphans', title: 'title of orphans', from: 'warn', to: 'fail', blocking: true }]);
    expect(d.improved).toEqual([]);
    expect(d.introduced).toEqual(['Repository: title of orphans regressed from warn to fail.']);
  });

  it('a check that goes from fail to warn improved from fail, and is introduced nowhere', () => {
    const d = delta(side({ repositoryResults: [check('fail')] }), side({ repositoryResults: [check('warn')] }));
    expect(d.improved).toEqual([{ control: 'orphans', title: 'title of orphans', from: 'fail', to: 'warn', blocking: false }]);
    expect(d.regressed).toEqual([]);
    expect(d.introduced).toEqual([]);
  });

  it('a check new on the head that passes is neither regressed nor improved', () => {
    const d = delta(side(), side({ repositoryResults: [check('pass', 'base_notice')] }));
    expect(d.regressed).toEqual([]);
    expect(d.improved).toEqual([]);
  });

  it('a check gone on the head improved only if it was worse than pass on the base', () => {
    const d = delta(side({ repositoryResults: [check('pass', 'base_notice'), check('not_applicable', 'policy_change'), check('waived', 'new_exception')] }), side());
    expect(d.improved).toEqual([{ control: 'new_exception', title: 'title of new_exception', from: 'waived', to: 'pass', blocking: false }]);
  });

  it('only the checks gone on the head count as gone', () => {
    const d = delta(side({ repositoryResults: [check('fail', 'orphans'), check('warn', 'unscanned_files')] }), side({ repositoryResults: [check('fail', 'orphans')] }));
    expect(d.improved).toEqual([{ control: 'unscanned_files', title: 'title of unscanned_files', from: 'warn', to: 'pass', blocking: false }]);
    expect(d.regressed).toEqual([]);
  });
});

describe('finding keys', () => {
  it('asks for the head key of head findings and the base key of base findings', () => {
    const f = secret('a');
    const g = secret('b');
    const calls: [string, string][] = [];
    const keyOf = (x: Finding, s: 'base' | 'head') => {
      calls.push([x.fingerprint!.slice(0, 1), s]);
      return s === 'base' ? 'same' : x === g ? 'same' : 'other';
    };
    const d = delta(side({ findings: [f] }), side({ findings: [g] }), { keyOf });
    expect(calls).toEqual([
      ['a', 'base'],
      ['b', 'head'],
    ]);
    expect(d.findings).toEqual({ new: [], existing: 1, fixed: 0 });
  });

  it('the default key is the fingerprint when there is one, else rule, path and message each', () => {
    const f = finding({ fingerprint: undefined });
    expect(defaultFindingKey(f, 'fp')).toBe('fp');
    const key = defaultFindingKey(f, undefined);
    expect(key).toContain(f.ruleId);
    expect(key).toContain(f.path);
    expect(key).toContain(f.message);
    expect(defaultFindingKey({ ...f, ruleId: 'other/rule' }, undefined)).not.toBe(key);
    expect(defaultFindingKey({ ...f, path: 'other.py' }, undefined)).not.toBe(key);
    expect(defaultFindingKey({ ...f, message: 'other message' }, undefined)).not.toBe(key);
    expect(defaultFindingKey({ ...f, line: 99 }, undefined)).toBe(key);
  });

  it('findings without a fingerprint and with different messages do not match', () => {
    const image = (message: string) => finding({ ruleId: 'images/latest-tag', category: 'image', fingerprint: undefined, message });
    expect(delta(side({ findings: [image("image 'a:latest'")] }), side({ findings: [image("image 'b:latest'")] })).findings).toMatchObject({ existing: 0, fixed: 1, new: [{ ruleId: 'images/latest-tag' }] });
  });
});
