// End to end: approval in review. The base policy opts in; the PR (head) drops the budget and
// adds a waiver for cost_guardrails naming a reviewer. Run on the `pull_request_review` event
// against the fake's reviews API: the waiver counts only once the named reviewer approved the
// head commit; an approval on an older commit, or by the PR's author, does not; a team
// approval counts only when GitHub confirms the membership.
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eventPayload, withFakeGitHub } from '../helpers/fake-github-run.js';
import { git } from '../helpers/git.js';

const review = eventPayload('pull_request_review', (p) => p.action === 'submitted');
const NUMBER = review.pull_request.number as number;
const AUTHOR = review.pull_request.user.login as string;
const OWNER = review.repository.owner.login as string;
const { fake, run } = withFakeGitHub(review.repository.full_name as string);


/** 30 days from now: a waiver the policy's 90-day limit accepts whenever the suite runs. */
const expires = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);

let tmp: string;
/** One repository per approver text: base commit, then the head that adds the waiver. */
function repository(approver: string): { dir: string; base: string; head: string; older: string } {
  const dir = mkdtempSync(path.join(tmp, 'repo-'));
  cpSync(path.resolve('examples/production-ready'), dir, { recursive: true });
  appendFileSync(path.join(dir, '.github/readiness-policy.yml'), `waivers:\n  approval_in_review: true\n  approver_teams: [${OWNER}/platform-leads]\n`);
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'base');
  const base = git(dir, 'rev-parse', 'HEAD');
  const manifest = path.join(dir, 'readiness.yaml');
  writeFileSync(manifest, readFileSync(manifest, 'utf8').replace('  monthly_budget: 2000\n', ''));
  git(dir, 'commit', '-qam', 'drop the budget');
  const older = git(dir, 'rev-parse', 'HEAD');
  appendFileSync(manifest, `\nwaivers:\n  - { control: cost_guardrails, reason: budget pending finance sign-off, approver: '${approver}', expires: ${expires} }\n`);
  git(dir, 'commit', '-qam', 'waive cost_guardrails');
  return { dir, base, older, head: git(dir, 'rev-parse', 'HEAD') };
}

function payload(r: { base: string; head: string }) {
  const p = structuredClone(review);
  p.pull_request.base.sha = r.base;
  p.pull_request.head.sha = r.head;
  return p;
}

const comment = () => fake().commentsOf(NUMBER).map((c) => c.body).join('\n');
/** The exceptions' sentences from the JSON report (the comment escapes every `@`). */
const exceptions = (r: { outputs: Record<string, string> }) => (JSON.parse(readFileSync(r.outputs['report-json']!, 'utf8')) as { base: { newExceptions: { detail: string }[] } }).base.newExceptions.map((e) => e.detail).join('\n');
const approve = (login: string, commit: string, state: 'APPROVED' | 'DISMISSED' | 'COMMENTED' = 'APPROVED') => ({ login, state, commit_id: commit });

beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'rg-approval-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('approval in review', () => {
  it('a waiver the PR adds, without an approval, needs review and the gate fails', async () => {
    const r = repository('@alice');
    const result = await run({ event: 'pull_request_review', payload: payload(r), workspace: r.dir });
    expect(result.code).toBe(1);
    expect(comment()).toContain('New exception, needs review');
    expect(exceptions(result)).toContain('@alice has not approved this PR');
    expect(fake().count('pulls/list-reviews')).toBe(1);
  });

  it('counts once the named reviewer approved the head commit', async () => {
    const r = repository('@alice');
    fake().reviews.set(NUMBER, [approve('bob', r.head), approve('alice', r.head)]);
    const result = await run({ event: 'pull_request_review', payload: payload(r), workspace: r.dir });
    expect(result.code).toBe(0);
    expect(result.outputs.ready).toBe('true');
    expect(comment()).toContain('Exception approved in review');
    expect(exceptions(result)).toContain('@alice approved the head commit');
  });

  it('an approval on an older commit does not count', async () => {
    const r = repository('@alice');
    fake().reviews.set(NUMBER, [approve('alice', r.older)]);
    const result = await run({ event: 'pull_request_review', payload: payload(r), workspace: r.dir });
    expect(result.code).toBe(1);
    expect(exceptions(result)).toContain(`@alice approved an older commit (${r.older.slice(0, 12)})`);
  });

  it("the PR author's approval does not count, even when the waiver names them", async () => {
    const r = repository(`@${AUTHOR}`);
    fake().reviews.set(NUMBER, [approve(AUTHOR, r.head)]);
    const result = await run({ event: 'pull_request_review', payload: payload(r), workspace: r.dir });
    expect(result.code).toBe(1);
    expect(exceptions(result)).toContain(`@${AUTHOR} is the PR's author`);
  });

  it('a later dismissal takes the approval back; a later comment does not', async () => {
    const r = repository('@alice');
    fake().reviews.set(NUMBER, [approve('alice', r.head), approve('alice', r.head, 'DISMISSED')]);
    expect((await run({ event: 'pull_request_review', payload: payload(r), workspace: r.dir })).code).toBe(1);
    fake().reviews.set(NUMBER, [approve('alice', r.head), approve('alice', r.head, 'COMMENTED')]);
    expect((await run({ event: 'pull_request_review', payload: payload(r), workspace: r.dir })).code).toBe(0);
  });

  it('a team approval counts when GitHub confirms the membership, and not when the token cannot read teams', async () => {
    const r = repository(`@${OWNER}/platform-leads`);
    fake().reviews.set(NUMBER, [approve('carol', r.head)]);
    fake().teams.set(`${OWNER}/platform-leads`, ['carol']);
    fake().denied.add('members');
    const refused = await run({ event: 'pull_request_review', payload: payload(r), workspace: r.dir });
    expect(refused.code).toBe(1);
    expect(exceptions(refused)).toContain('could not be verified, so it does not count');
    fake().denied.delete('members');
    const confirmed = await run({ event: 'pull_request_review', payload: payload(r), workspace: r.dir });
    expect(exceptions(confirmed)).toContain('member of');
    expect(confirmed.code).toBe(0);
    expect(exceptions(confirmed)).toContain(`@carol (member of @${OWNER}/platform-leads) approved the head commit`);
  });
});
