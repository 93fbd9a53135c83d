import { ANNOTATIONS_PER_REQUEST, completeCheckRun, startCheckRun, type CheckRunAnnotation } from '../../src/publish/check-run.js';
import { upsertComment } from '../../src/publish/comment.js';
import { acceptedPermissions, describeFailure } from '../../src/publish/failure.js';
import { listPullFiles } from '../../src/publish/pull-files.js';
import { setCommitStatus, statusDescription } from '../../src/publish/status.js';
import { mockClient } from './mock-client.js';

const T = { owner: 'o', repo: 'r', issueNumber: 7 };
const comment = (body: string, id: number, at = `2026-01-0${id}T00:00:00Z`, user = { type: 'Bot' }, author_association = 'NONE') => ({ id, body, html_url: `u/${id}`, created_at: at, user, author_association });
const sticky = { marker: '<!-- readiness-gate:comment check=Readiness ', contentMarker: 'hash=abc -->', body: '<!-- readiness-gate:comment check=Readiness hash=abc -->\nreport' };

describe('comment publisher', () => {
  it('creates when none exists, then lists again to catch a racing copy', async () => {
    let list = [comment('hello', 1)];
    const { client, calls } = mockClient({
      'issues.listComments': () => list,
      'issues.createComment': (p) => {
        const c = comment(p.body, 9);
        list = [...list, c];
        return c;
      },
    });
    expect(await upsertComment(client, T, sticky, { onlyIfChanged: true, createIfMissing: true })).toEqual({ action: 'created', url: 'u/9', removed: 0 });
    expect(calls.map((c) => c.method)).toEqual(['issues.listComments', 'issues.createComment', 'issues.listComments']);
    expect(calls[1]!.params).toEqual({ owner: 'o', repo: 'r', issue_number: 7, body: sticky.body });
  });

  it('skips an identical comment on-change, and updates it otherwise', async () => {
    const { client, calls } = mockClient({ 'issues.listComments': () => [comment(sticky.body, 3)], 'issues.updateComment': (p) => comment(p.body, p.comment_id) });
    expect(await upsertComment(client, T, sticky, { onlyIfChanged: true, createIfMissing: true })).toMatchObject({ action: 'unchanged' });
    expect(await upsertComment(client, T, { ...sticky, contentMarker: 'hash=new -->' }, { onlyIfChanged: true, createIfMissing: true })).toMatchObject({ action: 'updated', url: 'u/3' });
    expect(calls.filter((c) => c.method === 'issues.updateComment')).toHaveLength(1);
  });

  it('keeps the oldest of several copies and deletes the rest; a copy already gone is fine', async () => {
    const { client, calls } = mockClient({
      'issues.listComments': () => [comment(`${sticky.marker}hash=x -->`, 5, '2026-01-05T00:00:00Z'), comment(`${sticky.marker}hash=y -->`, 4, '2026-01-04T00:00:00Z'), comment(`${sticky.marker}hash=z -->`, 6, '2026-01-06T00:00:00Z')],
      'issues.deleteComment': (p) => {
        if (p.comment_id === 6) throw Object.assign(new Error('Not Found'), { status: 404 });
        return undefined;
      },
      'issues.updateComment': (p) => comment(p.body, p.comment_id),
    });
    expect(await upsertComment(client, T, sticky, { onlyIfChanged: true, createIfMissing: true })).toEqual({ action: 'updated', url: 'u/4', removed: 1 });
    expect(calls.filter((c) => c.method === 'issues.deleteComment').map((c) => c.params.comment_id)).toEqual([5, 6]);
  });

  it('does not create when asked only to refresh (on-failure while ready)', async () => {
    const { client, calls } = mockClient({ 'issues.listComments': () => [] });
    expect(await upsertComment(client, T, sticky, { onlyIfChanged: true, createIfMissing: false })).toBeUndefined();
    expect(calls).toHaveLength(1);
  });

  it("takes a writer's marker comment for the gate's (a personal token), but not an outsider's", async () => {
    const writer = comment(`${sticky.marker}hash=old -->`, 3, undefined, { type: 'User' }, 'COLLABORATOR');
    const outsider = comment(`${sticky.marker}hash=abc -->`, 2, undefined, { type: 'User' }, 'CONTRIBUTOR');
    const { client, calls } = mockClient({ 'issues.listComments': () => [outsider, writer], 'issues.updateComment': (p) => comment(p.body, p.comment_id) });
    // The outsider copied the current hash: were it taken for ours, on-change would skip the write.
    expect(await upsertComment(client, T, sticky, { onlyIfChanged: true, createIfMissing: true })).toEqual({ action: 'updated', url: 'u/3', removed: 0 });
    expect(calls.map((c) => c.method)).toEqual(['issues.listComments', 'issues.updateComment']);
  });

  it("ignores another check name's comment", async () => {
    const { client, calls } = mockClient({ 'issues.listComments': () => [comment('<!-- readiness-gate:comment check=Other hash=abc -->', 1)], 'issues.createComment': (p) => comment(p.body, 2), });
    await expect(upsertComment(client, T, sticky, { onlyIfChanged: true, createIfMissing: true })).resolves.toBeDefined();
    expect(calls.map((c) => c.method)).toContain('issues.createComment');
  });
});

describe('check-run publisher', () => {
  it('creates in_progress on the given head SHA', async () => {
    const { client, calls } = mockClient({ 'checks.create': () => ({ id: 11, html_url: 'https://x/runs/11' }) });
    expect(await startCheckRun(client, { owner: 'o', repo: 'r', name: 'Readiness', headSha: 'abc', detailsUrl: 'https://run' })).toEqual({ owner: 'o', repo: 'r', id: 11, url: 'https://x/runs/11' });
    expect(calls[0]!.params).toMatchObject({ name: 'Readiness', head_sha: 'abc', status: 'in_progress', details_url: 'https://run' });
  });

  it('completes with the first 50 annotations and appends the rest 50 at a time', async () => {
    const { client, calls } = mockClient({ 'checks.update': () => ({}) });
    const annotations: CheckRunAnnotation[] = Array.from({ length: 101 }, (_, i) => ({ path: 'a', start_line: i + 1, end_line: i + 1, annotation_level: 'warning', message: 'm' }));
    await completeCheckRun(client, { owner: 'o', repo: 'r', id: 1, url: '' }, { conclusion: 'failure', title: 't', summary: 's', annotations });
    expect(calls.map((c) => c.params.output.annotations.length)).toEqual([ANNOTATIONS_PER_REQUEST, 50, 1]);
    expect(calls[0]!.params).toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect(calls[1]!.params.conclusion).toBeUndefined();
    expect(calls.flatMap((c) => c.params.output.annotations.map((a: CheckRunAnnotation) => a.start_line))).toEqual(annotations.map((a) => a.start_line));
  });

  it('no annotations: one completing update without an annotations field', async () => {
    const { client, calls } = mockClient({ 'checks.update': () => ({}) });
    await completeCheckRun(client, { owner: 'o', repo: 'r', id: 1, url: '' }, { conclusion: 'success', title: 't', summary: 's', annotations: [] });
    expect(calls).toHaveLength(1);
    expect(calls[0]!.params.output).toEqual({ title: 't', summary: 's' });
  });
});

describe('status publisher', () => {
  it('posts the state under the check name with a description of at most 140 characters', async () => {
    const { client, calls } = mockClient({ 'repos.createCommitStatus': () => ({}) });
    await setCommitStatus(client, { owner: 'o', repo: 'r', sha: 'abc', context: 'Readiness', state: 'failure', description: `Not ready: ${'x'.repeat(300)}` });
    expect(calls[0]!.params.description).toHaveLength(140);
    expect(calls[0]!.params).toMatchObject({ sha: 'abc', context: 'Readiness', state: 'failure' });
    expect(statusDescription('a\n  b')).toBe('a b');
  });
});

describe('pull request files', () => {
  it('keeps the name, status and patch', async () => {
    const { client } = mockClient({ 'pulls.listFiles': () => [{ filename: 'a.py', status: 'modified', patch: '@@ -1 +1 @@', sha: 'x', additions: 1 }, { filename: 'big.bin', status: 'added' }] });
    expect(await listPullFiles(client, { owner: 'o', repo: 'r', pullNumber: 1 })).toEqual([{ filename: 'a.py', status: 'modified', patch: '@@ -1 +1 @@' }, { filename: 'big.bin', status: 'added' }]);
  });
});

describe('failures', () => {
  it('reads x-accepted-github-permissions', () => {
    expect(acceptedPermissions('checks=write')).toBe('checks: write');
    expect(acceptedPermissions('issues=write; pull_requests=write')).toBe('issues: write or pull-requests: write');
    expect(acceptedPermissions('contents=read,metadata=read')).toBe('contents: read and metadata: read');
    expect(acceptedPermissions(undefined)).toBeUndefined();
  });

  it('a 403 names the permission, the fallback when GitHub does not say; other errors say the status', () => {
    const forbidden = { status: 403, message: 'Resource not accessible by integration - https://docs.github.com/rest', response: { headers: { 'x-accepted-github-permissions': 'checks=write' } } };
    expect(describeFailure('create the check run', forbidden, 'x: write')).toMatch(/^could not create the check run: GitHub answered 403 \(Resource not accessible by integration\); the token needs `checks: write`/);
    expect(describeFailure('w', { status: 403, message: 'Forbidden', response: { headers: {} } }, 'statuses: write')).toContain('`statuses: write`');
    expect(describeFailure('w', { status: 502, message: 'Bad Gateway' }, 'x')).toMatch(/^could not w: GitHub answered 502 \(Bad Gateway\)\./);
  });
});
