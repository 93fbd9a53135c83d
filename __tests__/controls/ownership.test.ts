import { ownershipControl } from '../../src/controls/ownership.js';
import type { PathKind } from '../../src/scanners/types.js';
import { FULL, FULL_BLOCK, edit, evaluate, file, without } from '../helpers/workload.js';

const FIX = {
  team: 'Name the owning team under ownership.team.',
  on_call: 'Name the on-call rotation or pager under ownership.on_call.',
  escalation: 'Name the escalation path under ownership.escalation.',
  runbook: 'Commit a runbook (how it fails, how to roll back, who to call) and point ownership.runbook at it.',
};

describe('ownership', () => {
  it('passes with every field and a runbook file', () => {
    expect(evaluate(ownershipControl, FULL)).toEqual({ status: 'pass', message: 'Owned by t; on-call pd; runbook RUNBOOK.md.', evidence: [], remediation: [] });
  });

  it('no ownership section: every field missing, each with its fix', () => {
    expect(evaluate(ownershipControl, without(FULL, 'ownership'))).toEqual({
      status: 'fail',
      message: "workload 'svc' has no complete ownership: missing team, on_call, escalation, runbook.",
      evidence: [{ path: 'readiness.yaml', line: 2, detail: 'ownership is missing team, on_call, escalation, runbook' }],
      remediation: Object.values(FIX),
    });
  });

  it.each([
    ['team', 'team: t', 'team: none'],
    ['on_call', 'on_call: pd', 'on_call: TBD'],
    ['escalation', 'escalation: lead', 'escalation: "-"'],
  ])('a placeholder %s is missing, with only its fix', (key, from, to) => {
    expect(evaluate(ownershipControl, edit(FULL, from, to))).toEqual({
      status: 'fail',
      message: `workload 'svc' has no complete ownership: missing ${key}.`,
      evidence: [{ path: 'readiness.yaml', line: 13, detail: `ownership is missing ${key}` }],
      remediation: [FIX[key as keyof typeof FIX]],
    });
  });

  it('a placeholder runbook is missing, and no file is checked', () => {
    const outcome = evaluate(ownershipControl, edit(FULL, 'runbook: RUNBOOK.md', 'runbook: n/a'), { facts: { paths: [] } });
    expect(outcome.message).toBe("workload 'svc' has no complete ownership: missing runbook.");
    expect(outcome.remediation).toEqual([FIX.runbook]);
  });

  it.each<[PathKind | 'absent', string]>([
    ['absent', 'does not exist in the repository'],
    ['missing', 'does not exist in the repository'],
    ['directory', 'is a directory, not a file'],
    ['symlink', 'is a symlink, not a regular file'],
    ['other', 'is not a regular file (a FIFO, socket or device)'],
    ['unreadable', 'is not readable'],
    ['ignored', 'is ignored (.gitignore or the policy ignore_paths), so it is not part of the repository'],
  ])('a runbook that is %s fails, naming the path checked', (kind, problem) => {
    const paths = kind === 'absent' ? [] : [{ path: 'svc/docs/rb.md', kind }];
    const outcome = evaluate(ownershipControl, edit(FULL, 'runbook: RUNBOOK.md', 'runbook: docs/rb.md'), { manifestPath: 'svc/readiness.yaml', facts: { paths } });
    expect(outcome).toEqual({
      status: 'fail',
      message: "workload 'svc' has no complete ownership: missing runbook file svc/docs/rb.md.",
      evidence: [{ path: 'svc/readiness.yaml', line: 13, detail: `runbook 'docs/rb.md' ${problem} (checked svc/docs/rb.md; paths are relative to the manifest)` }],
      remediation: ['Commit the runbook as a regular file at svc/docs/rb.md, or point ownership.runbook (relative to the manifest) at the one you have.'],
    });
  });

  it('the runbook resolves against the manifest directory, with .. segments', () => {
    const m = edit(FULL, 'runbook: RUNBOOK.md', 'runbook: ../shared/RUNBOOK.md');
    expect(evaluate(ownershipControl, m, { manifestPath: 'services/api/readiness.yaml', facts: { paths: [file('services/shared/RUNBOOK.md')] } }).status).toBe('pass');
    expect(evaluate(ownershipControl, m, { manifestPath: 'services/api/readiness.yaml', facts: { paths: [file('shared/RUNBOOK.md')] } }).status).toBe('fail');
  });

  it('missing fields and a bad runbook file are reported together', () => {
    const outcome = evaluate(ownershipControl, edit(FULL, 'team: t', 'team: ""'.replace('""', 'none')), { facts: { paths: [{ path: 'RUNBOOK.md', kind: 'directory' }] } });
    expect(outcome.message).toBe("workload 'svc' has no complete ownership: missing team, runbook file RUNBOOK.md.");
    expect(outcome.evidence).toHaveLength(2);
    expect(outcome.remediation).toEqual([FIX.team, 'Commit the runbook as a regular file at RUNBOOK.md, or point ownership.runbook (relative to the manifest) at the one you have.']);
  });
});

it('ownership names itself, its title and its risk', () => {
  expect([ownershipControl.id, ownershipControl.title, ownershipControl.risk]).toEqual(["ownership", "Ownership and on-call", "A workload nobody owns is supported by nobody at 2 a.m."]);
});

it('evidence points at ownership and at the runbook line in a block-style manifest', () => {
  expect(evaluate(ownershipControl, edit(FULL_BLOCK, 'team: t', 'team: none')).evidence[0]!.line).toBe(29);
  expect(evaluate(ownershipControl, FULL_BLOCK, { facts: { paths: [] } }).evidence[0]!.line).toBe(33);
});
