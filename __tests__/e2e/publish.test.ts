// End to end: the built dist/index.js, run as the runner runs it, against a local GitHub that
// holds every request to GitHub's OpenAPI description. Payloads are GitHub's own examples.
import { readFileSync, rmSync } from 'node:fs';
import { FakeGitHub } from '../helpers/fake-github.js';
import { MERGE_SHA, TOKEN, eventPayload, prPayload, runAction, type ActionRun } from '../helpers/fake-github-run.js';

const pr = prPayload();
const HEAD = pr.pull_request.head.sha as string;
const NUMBER = pr.number as number;
const [OWNER, REPO] = (pr.repository.full_name as string).split('/') as [string, string];

let fake: FakeGitHub;
const runs: ActionRun[] = [];
beforeEach(async () => {
  fake = await new FakeGitHub(OWNER, REPO).start();
});
afterEach(async () => {
  await fake.stop();
  // Whatever a test did, nothing the action sent was off GitHub's description, and no token leaked.
  expect(fake.violations).toEqual([]);
  for (const r of runs.splice(0)) {
    for (const text of [r.stdout, r.stderr, r.summary, JSON.stringify(r.outputs)]) expect(text).not.toContain(TOKEN);
    rmSync(r.tmp, { recursive: true, force: true });
  }
});

async function run(options: Partial<Parameters<typeof runAction>[1]> = {}): Promise<ActionRun> {
  const r = await runAction(fake, { event: 'pull_request', payload: pr, ...options });
  runs.push(r);
  return r;
}

const mine = () => fake.commentsOf(NUMBER).filter((c) => c.body.startsWith('<!-- readiness-gate:comment check=Readiness '));

describe('the sticky comment', () => {
  it('three runs leave exactly one comment, found again past the first page of a busy PR', async () => {
    for (let i = 0; i < 120; i++) fake.addComment(NUMBER, `comment ${i}`);
    const first = await run();
    expect(first.code).toBe(1);
    expect(mine()).toHaveLength(1);
    const id = mine()[0]!.id;
    expect(first.outputs['comment-url']).toBe(`https://github.com/${OWNER}/${REPO}/pull/${NUMBER}#issuecomment-${id}`);
    await run();
    await run();
    expect(mine().map((c) => c.id)).toEqual([id]);
    expect(fake.commentsOf(NUMBER)).toHaveLength(121);
    // on-change: the same content is not written again.
    expect(fake.count('issues/create-comment')).toBe(1);
    expect(fake.count('issues/update-comment')).toBe(0);
    // 121 comments are two pages of 100.
    expect(fake.requests.filter((r) => r.operationId === 'issues/list-comments' && /page=2/.test(r.path))).toHaveLength(4);
  });

  it('leads with the verdict and what to fix first, linking evidence to the head commit', async () => {
    await run();
    const body = mine()[0]!.body;
    expect(body.split('\n')[1]).toBe('## ❌ readiness-gate: not ready to promote');
    const fixFirst = body.indexOf('### Fix first');
    expect(fixFirst).toBeGreaterThan(0);
    expect(fixFirst).toBeLessThan(body.indexOf('| Workload |'));
    expect(body).toContain(`[\`readiness.yaml:10\`](https://github.com/${OWNER}/${REPO}/blob/${HEAD}/readiness.yaml#L10)`);
    expect(body).not.toContain(MERGE_SHA);
    expect(body).not.toContain('SuperSecret!');
  });

  it('always updates in place; a changed verdict updates the same comment', async () => {
    await run();
    const id = mine()[0]!.id;
    await run({ inputs: { comment: 'always' } });
    expect(fake.count('issues/update-comment')).toBe(1);
    await run({ inputs: { 'fail-on': 'never', path: 'app' } });
    expect(mine().map((c) => c.id)).toEqual([id]);
    expect(mine()[0]!.body).toContain('Scanned');
    expect(fake.count('issues/update-comment')).toBe(2);
  });

  it("an outsider's comment with the marker is not taken for the gate's, kept, or deleted", async () => {
    const forged = fake.addComment(NUMBER, '<!-- readiness-gate:comment check=Readiness hash=0000000000000000 -->\n## ✅ readiness-gate: ready to promote', 'mallory');
    const r = await run();
    expect(r.code).toBe(1);
    expect(fake.count('issues/create-comment')).toBe(1);
    expect(fake.count('issues/update-comment')).toBe(0);
    expect(fake.count('issues/delete-comment')).toBe(0);
    const ours = mine().filter((c) => c.id !== forged.id);
    expect(ours).toHaveLength(1);
    expect(ours[0]!.body).toContain('not ready to promote');
    expect(fake.commentsOf(NUMBER).find((c) => c.id === forged.id)!.body).toContain('ready to promote');
  });

  it('two racing runs end with one comment, the oldest kept', async () => {
    await Promise.all([run(), run()]);
    expect(mine()).toHaveLength(1);
  });

  it('comment: never reads and writes no comment', async () => {
    await run({ inputs: { comment: 'never' } });
    expect(fake.count('issues/list-comments')).toBe(0);
  });
});
