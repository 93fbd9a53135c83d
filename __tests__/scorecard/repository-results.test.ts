// The repository results built outside repositoryVerdict: unscanned files, and what the base
// commit's rules add (blockers, notices, a policy change, new exceptions). Each is asserted in
// full so a changed status, priority, message, evidence or remediation fails here.
import { addRepositoryResults, baseRulesResults, repositoryVerdict, unscannedFilesResult, type BaseRulesFacts, type NewException } from '../../src/scorecard/repository.js';
import { defaultPolicy } from '../../src/policy/policy.js';
import type { UnscannedFile } from '../../src/workspace/read-file.js';

const file = (path: string, reason: UnscannedFile['reason'] = 'binary'): UnscannedFile => ({ path, reason, textLike: false });
const facts = (overrides: Partial<BaseRulesFacts> = {}): BaseRulesFacts => ({ blockers: [], notices: [], newExceptions: [], ...overrides });

describe('unscannedFilesResult', () => {
  it('is not raised when every file was scanned', () => {
    expect(unscannedFilesResult([])).toBeUndefined();
  });

  it('is a P1 warning naming one file with its reason', () => {
    expect(unscannedFilesResult([file('data/blob.bin', 'binary')])).toEqual({
      id: 'unscanned_files',
      title: 'Every file scanned for secrets',
      status: 'warn',
      blocking: false,
      priority: 'P1',
      message: '1 file no workload owns could not be scanned for secrets: data/blob.bin.',
      risk: 'A file the scan could not read may hold a secret that no report shows.',
      evidence: [{ path: 'data/blob.bin', detail: 'not scanned: binary, and its name or kind could hide a secret' }],
      remediation: [
        'Make the file readable text (UTF-8, UTF-16 or UTF-32) under the hard size cap, or remove it from the tree.',
        "If it holds no secret by design (a fixture, generated data), add it to the policy's ignore_paths.",
      ],
    });
  });

  it.each([
    ['unreadable', 'not scanned: unreadable'],
    ['too-large', 'not scanned: over the hard size cap'],
    ['binary', 'not scanned: binary, and its name or kind could hide a secret'],
  ] as const)('says why a %s file was not scanned', (reason, detail) => {
    expect(unscannedFilesResult([file('x', reason)])!.evidence).toEqual([{ path: 'x', detail }]);
  });

  it('names five files in the message, then an ellipsis, but keeps every file as evidence', () => {
    const five = ['a', 'b', 'c', 'd', 'e'].map((p) => file(p, 'unreadable'));
    expect(unscannedFilesResult(five)!.message).toBe('5 files no workload owns could not be scanned for secrets: a, b, c, d, e.');
    const six = [...five, file('f', 'too-large')];
    const r = unscannedFilesResult(six)!;
    expect(r.message).toBe('6 files no workload owns could not be scanned for secrets: a, b, c, d, e, ....');
    expect(r.evidence.map((e) => e.path)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(r.evidence[5]).toEqual({ path: 'f', detail: 'not scanned: over the hard size cap' });
  });
});

describe('addRepositoryResults', () => {
  it('appends results and recomputes blocking and warnings in order', () => {
    const v = repositoryVerdict({ policy: defaultPolicy(), workloadCount: 1, findings: [], deployables: [], ownedByAny: () => true, isBlocking: () => true });
    const warn = unscannedFilesResult([file('a')])!;
    const [block] = baseRulesResults(facts({ blockers: [{ kind: 'head-policy-broken', file: 'p.yaml', error: 'bad' }] }));
    addRepositoryResults(v, [warn, block!]);
    expect(v.results).toEqual([warn, block]);
    expect(v.blocking).toEqual([block!.message]);
    expect(v.warnings).toEqual([warn.message]);
  });
});

describe('baseRulesResults: blockers', () => {
  it('gives nothing when there is nothing to add', () => {
    expect(baseRulesResults(facts())).toEqual([]);
  });

  it('blocks when the base is unreadable and the PR changes rules files, one evidence per file', () => {
    expect(baseRulesResults(facts({ blockers: [{ kind: 'base-unreadable', changed: ['.readiness/policy.yaml', 'baseline.json'], reason: 'no git' }] }))).toEqual([
      {
        id: 'base_rules',
        title: 'Rules from the base commit',
        status: 'fail',
        blocking: true,
        priority: 'P0',
        message:
          "Promotion blocked: this PR changes .readiness/policy.yaml, baseline.json, and the base commit's rules could not be read to judge it by; re-run with the base commit available (fetch pull_request.base.sha).",
        risk: 'A PR that changes the rules it is judged by could pass on rules it relaxed itself.',
        evidence: [
          { path: '.readiness/policy.yaml', detail: 'a rules file this PR changes; the base could not be read (no git)' },
          { path: 'baseline.json', detail: 'a rules file this PR changes; the base could not be read (no git)' },
        ],
        remediation: [
          'Let the action read the base commit: the default actions/checkout with `contents: read` (the action fetches pull_request.base.sha at depth 1, then tries the contents API).',
          'Or change the rules in a PR of their own, reviewed by the platform team.',
        ],
      },
    ]);
  });

  it('blocks when the head policy does not load, with its file and line', () => {
    expect(baseRulesResults(facts({ blockers: [{ kind: 'head-policy-broken', file: '.readiness/policy.yaml', line: 7, error: 'unknown key foo' }] }))).toEqual([
      {
        id: 'base_rules',
        title: 'Rules from the base commit',
        status: 'fail',
        blocking: true,
        priority: 'P0',
        message: 'Promotion blocked: the policy as changed in this PR does not load (unknown key foo); it would break the gate after merge.',
        risk: 'A policy that does not load would leave every later PR judged by the built-in policy, or not at all.',
        evidence: [{ path: '.readiness/policy.yaml', line: 7, detail: 'unknown key foo' }],
        remediation: ['Fix the policy file so it loads: `readiness-gate check --policy FILE DIR` prints the error with its line and a hint.'],
      },
    ]);
  });

  it('leaves the line out of a broken policy evidence that has none', () => {
    const [r] = baseRulesResults(facts({ blockers: [{ kind: 'head-policy-broken', file: 'p.yaml', error: 'e' }] }));
    expect(r!.evidence).toEqual([{ path: 'p.yaml', detail: 'e' }]);
    expect('line' in r!.evidence[0]!).toBe(false);
  });
});

describe('baseRulesResults: notices and policy change', () => {
  it('makes each notice a P2 warning whose evidence is the notice', () => {
    const rs = baseRulesResults(facts({ notices: ['first notice', 'second notice'] }));
    expect(rs.map((r) => r.message)).toEqual(['first notice', 'second notice']);
    expect(rs[0]).toEqual({
      id: 'base_notice',
      title: 'Rules from the base commit',
      status: 'warn',
      blocking: false,
      priority: 'P2',
      message: 'first notice',
      risk: "Where the base commit's rules cannot be read, the PR's own policy, baseline and exceptions apply, and a PR could relax them for itself.",
      evidence: [{ detail: 'first notice' }],
      remediation: [
        "Let the action read the base commit: keep `policy-ref: base`, the default `actions/checkout` (the action fetches pull_request.base.sha at depth 1) and `contents: read` for the contents API.",
      ],
    });
  });

  it('previews the verdict under the PR policy, pointing at its file', () => {
    expect(baseRulesResults(facts({ policyChange: { file: '.readiness/policy.yaml', preview: { ready: false, verdict: 'NOT READY (2 blocking)' } } }))).toEqual([
      {
        id: 'policy_change',
        title: 'Policy change in this PR',
        status: 'warn',
        blocking: false,
        priority: 'P2',
        message: "Policy change in this PR: applies after merge. Under the PR's policy the verdict would be: NOT READY (2 blocking)",
        risk: "The PR changes the rules every later PR is judged by; it is judged by the base's rules itself.",
        evidence: [{ path: '.readiness/policy.yaml', detail: "under the PR's policy: NOT READY (2 blocking)" }],
        remediation: ['Review the policy change with the platform team that owns it: it applies once merged.'],
      },
    ]);
  });

  it('has no path in the policy change evidence when the file is unknown', () => {
    const [r] = baseRulesResults(facts({ policyChange: { preview: { ready: true, verdict: 'READY' } } }));
    expect(r!.evidence).toEqual([{ detail: "under the PR's policy: READY" }]);
    expect('path' in r!.evidence[0]!).toBe(false);
  });

  it('orders blockers, then notices, then the policy change, then exceptions', () => {
    const rs = baseRulesResults(
      facts({
        blockers: [{ kind: 'head-policy-broken', file: 'p', error: 'e' }],
        notices: ['n'],
        policyChange: { preview: { ready: true, verdict: 'READY' } },
        newExceptions: [{ kind: 'baseline-entry', path: 'b.json', detail: 'd' }],
      }),
    );
    expect(rs.map((r) => r.id)).toEqual(['base_rules', 'base_notice', 'policy_change', 'new_exception']);
  });
});

describe('baseRulesResults: new exceptions', () => {
  const PENDING_RISK = 'An exception the PR adds itself would let it pass the gate that judges it; it does not count until merged.';
  const WAIVER_FIX =
    'Fix the control instead of waiving it, or merge the waiver on its own first; where the policy allows approval in review, have a reviewer the waiver names approve the head commit.';
  const OTHER_FIX = 'Fix the finding instead, or merge the exception on its own first, reviewed by the code owners.';

  it.each<[string, NewException, object]>([
    [
      'an unapproved waiver',
      { kind: 'waiver', path: 'svc/readiness.yaml', line: 12, workload: 'svc', detail: 'waiver of slo in svc' },
      { title: 'New exception, needs review', priority: 'P1', risk: PENDING_RISK, evidence: [{ path: 'svc/readiness.yaml', line: 12, detail: 'waiver of slo in svc' }], remediation: [WAIVER_FIX] },
    ],
    [
      'an inline allow',
      { kind: 'inline-allow', path: 'svc/app.py', line: 3, detail: 'inline allow in svc/app.py' },
      { title: 'New exception, needs review', priority: 'P1', risk: PENDING_RISK, evidence: [{ path: 'svc/app.py', line: 3, detail: 'inline allow in svc/app.py' }], remediation: [OTHER_FIX] },
    ],
    [
      'a baseline entry without a line',
      { kind: 'baseline-entry', path: '.readiness/baseline.json', detail: 'baseline entry' },
      { title: 'New exception, needs review', priority: 'P1', risk: PENDING_RISK, evidence: [{ path: '.readiness/baseline.json', detail: 'baseline entry' }], remediation: [OTHER_FIX] },
    ],
    [
      'an approved waiver',
      { kind: 'waiver', path: 'svc/readiness.yaml', line: 0, approvedBy: 'alice', detail: 'waiver approved by alice' },
      {
        title: 'Exception approved in review',
        priority: 'P2',
        risk: 'An exception the PR adds counts because a reviewer it names approved the head commit.',
        evidence: [{ path: 'svc/readiness.yaml', line: 0, detail: 'waiver approved by alice' }],
        remediation: ['Nothing to do; the approval is on the head commit, and a new commit needs a new one.'],
      },
    ],
    [
      'an exception approved by an empty name (approval is present, not truthy)',
      { kind: 'inline-allow', path: 'a.py', approvedBy: '', detail: 'approved' },
      {
        title: 'Exception approved in review',
        priority: 'P2',
        risk: 'An exception the PR adds counts because a reviewer it names approved the head commit.',
        evidence: [{ path: 'a.py', detail: 'approved' }],
        remediation: ['Nothing to do; the approval is on the head commit, and a new commit needs a new one.'],
      },
    ],
  ])('lists %s as a non-blocking warning', (_name, exception, expected) => {
    const rs = baseRulesResults(facts({ newExceptions: [exception] }));
    expect(rs).toEqual([{ id: 'new_exception', status: 'warn', blocking: false, message: exception.detail, ...expected }]);
    // toEqual ignores an undefined property: an exception without a line must not carry the key.
    expect('line' in rs[0]!.evidence[0]!).toBe(exception.line !== undefined);
  });
});
