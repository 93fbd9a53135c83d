// push and workflow_dispatch have no pull request: a check run on the commit, summary, outputs,
// no comment. merge_group: the check run on the merge group's head (required checks run there)
// and the exit code, no comment.
import { eventPayload, MERGE_SHA, withFakeGitHub } from '../helpers/fake-github-run.js';

const push = eventPayload('push', (p) => p.ref === 'refs/heads/master' && !/^0+$/.test(String(p.after)));
const mergeGroup = eventPayload('merge_group');
const dispatch = eventPayload('workflow_dispatch');

describe('push', () => {
  const { fake, run } = withFakeGitHub(push.repository.full_name);
  it('checks the pushed commit; no comment, no pull request files', async () => {
    const r = await run({ event: 'push', payload: push, env: { GITHUB_SHA: push.after } });
    expect(r.code).toBe(1);
    expect(fake().checkRuns).toEqual([expect.objectContaining({ head_sha: push.after, conclusion: 'failure' })]);
    // No diff to narrow to: every annotation.
    expect(fake().checkRuns[0]!.annotations).toHaveLength(9);
    expect(fake().requests.map((q) => q.operationId)).toEqual(['checks/create', 'checks/update']);
    expect(r.outputs).toMatchObject({ ready: 'false', 'comment-url': '' });
    expect(r.summary).toContain('not ready to promote');
  });
});

describe('merge_group and workflow_dispatch', () => {
  const { fake, run } = withFakeGitHub(mergeGroup.repository.full_name);
  it('merge_group: the check run on merge_group.head_sha and the exit code, no comment', async () => {
    const r = await run({ event: 'merge_group', payload: mergeGroup });
    expect(r.code).toBe(1);
    expect(fake().checkRuns).toEqual([expect.objectContaining({ head_sha: mergeGroup.merge_group.head_sha, conclusion: 'failure' })]);
    expect(fake().requests.map((q) => q.operationId)).toEqual(['checks/create', 'checks/update']);
  });

  it('workflow_dispatch: the check run on GITHUB_SHA', async () => {
    const r = await run({ event: 'workflow_dispatch', payload: dispatch, example: 'production-ready' });
    expect(r.code).toBe(0);
    expect(fake().checkRuns).toEqual([expect.objectContaining({ head_sha: MERGE_SHA, conclusion: 'success' })]);
    expect(r.outputs).toMatchObject({ ready: 'true', score: '100', level: 'production' });
  });
});
