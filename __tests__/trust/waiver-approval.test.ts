// Approval in review, decided from review facts: who a waiver names, which review is a
// reviewer's standing one, and why an approval does or does not count.
import { latestReviews, namedApprovers, waiverApprover, type PullRequestReview, type ReviewFacts } from '../../src/engine/waiver-approval.js';
import type { Waiver } from '../../src/manifest/schema.js';

const HEAD = 'a'.repeat(40);
const OLD = 'b'.repeat(40);
const review = (login: string, state: string, commitId = HEAD, authorAssociation = 'MEMBER'): PullRequestReview => ({ login, state, commitId, authorAssociation });
const waiver = (approver: string): Waiver => ({ control: 'cost_guardrails', reason: 'r', approver, expires: '2026-12-31' });

function facts(reviews: PullRequestReview[], members: Record<string, string[] | 'refused'> = {}): ReviewFacts & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    headSha: HEAD,
    author: 'Author',
    async reviews() {
      calls.push('reviews');
      return { ok: true, value: reviews };
    },
    async teamMember(org, slug, login) {
      calls.push(`${org}/${slug} ${login}`);
      const m = members[`${org}/${slug}`];
      return m === 'refused' ? { ok: false, reason: 'GitHub answered 403' } : { ok: true, value: (m ?? []).includes(login) };
    },
  };
}

const ON = { waiverApproval: { inReview: true, teams: ['acme/leads'] } };

describe('who a waiver names', () => {
  it.each([
    ['alice', ['alice'], []],
    ['@alice', ['alice'], []],
    ['@alice or @acme/leads', ['alice'], ['acme/leads']],
    ['Jane Doe (@jane-d), finance', ['jane-d'], []],
    ['acme/leads', [], ['acme/leads']],
    ['cto@example.com', [], []],
    ['Jane Doe', [], []],
    ['-bad-', [], []],
  ])('%s', (approver, logins, teams) => {
    expect(namedApprovers(approver)).toEqual({ logins, teams });
  });
});

describe('a reviewer\'s standing review', () => {
  it('is the latest decisive one: a later comment keeps an approval, a dismissal or change request ends it', () => {
    expect(latestReviews([review('a', 'APPROVED'), review('a', 'COMMENTED')]).get('a')?.state).toBe('APPROVED');
    expect(latestReviews([review('a', 'APPROVED'), review('A', 'DISMISSED')]).get('a')?.state).toBe('DISMISSED');
    expect(latestReviews([review('a', 'CHANGES_REQUESTED'), review('a', 'APPROVED')]).get('a')?.state).toBe('APPROVED');
    expect(latestReviews([review('a', 'COMMENTED')]).has('a')).toBe(false);
  });
});

describe('whether an approval counts', () => {
  it('is not decided without the policy opt-in', () => {
    expect(waiverApprover({ waiverApproval: { inReview: false, teams: [] } }, facts([]))).toBeUndefined();
  });

  it('counts a named login that approved the head commit', async () => {
    expect(await waiverApprover(ON, facts([review('Alice', 'APPROVED')]))!(waiver('@alice'))).toEqual({ counts: true, by: '@alice' });
  });

  it.each([
    ['an older commit', [review('alice', 'APPROVED', OLD)], 'approved an older commit (bbbbbbbbbbbb)'],
    ['the author', [review('author', 'APPROVED')], "is the PR's author"],
    ['a dismissed approval', [review('alice', 'APPROVED'), review('alice', 'DISMISSED')], 'was dismissed'],
    ['changes requested', [review('alice', 'CHANGES_REQUESTED')], 'requests changes'],
    ['no standing', [review('alice', 'APPROVED', HEAD, 'NONE')], 'has no standing'],
    ['someone else approving', [review('bob', 'APPROVED')], 'has not approved'],
  ])('not: %s', async (_what, reviews, why) => {
    const approver = _what === 'the author' ? '@author' : '@alice';
    const verdict = await waiverApprover(ON, facts(reviews))!(waiver(approver));
    expect(verdict.counts).toBe(false);
    expect(!verdict.counts && verdict.why).toContain(why);
  });

  it('counts a listed team only when GitHub confirms a head-commit approver is a member', async () => {
    const reviews = [review('bob', 'APPROVED'), review('carol', 'APPROVED'), review('author', 'APPROVED')];
    const confirmed = facts(reviews, { 'acme/leads': ['carol'] });
    expect(await waiverApprover(ON, confirmed)!(waiver('@acme/leads'))).toEqual({ counts: true, by: '@carol (member of @acme/leads)' });
    // The author is never asked about, and the reviews are read once.
    expect(confirmed.calls).toEqual(['reviews', 'acme/leads bob', 'acme/leads carol']);

    const refused = await waiverApprover(ON, facts(reviews, { 'acme/leads': 'refused' }))!(waiver('@acme/leads'));
    expect(refused).toEqual({ counts: false, why: expect.stringContaining('could not be verified, so it does not count') });
    const unlisted = await waiverApprover(ON, facts(reviews, { 'acme/other': ['carol'] }))!(waiver('@acme/other'));
    expect(unlisted).toEqual({ counts: false, why: expect.stringContaining('not one of the policy\'s waivers.approver_teams') });
  });

  it('without review facts (the CLI), nothing counts and the sentence says why', async () => {
    expect(await waiverApprover(ON, undefined)!(waiver('@alice'))).toEqual({ counts: false, why: expect.stringContaining('reviews were not available') });
  });

  it('a waiver naming nobody on GitHub says so', async () => {
    expect(await waiverApprover(ON, facts([]))!(waiver('Jane Doe'))).toEqual({ counts: false, why: expect.stringContaining('names no GitHub login or team') });
  });
});

describe('the pull_request_review event', () => {
  it('is a pull request event: the check goes on the head commit, and the author is known', async () => {
    const { readRunContext } = await import('../../src/action/event.js');
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const file = `${mkdtempSync(`${tmpdir()}/rg-event-`)}/event.json`;
    writeFileSync(file, JSON.stringify({ action: 'submitted', review: { state: 'approved' }, pull_request: { number: 7, head: { sha: HEAD }, base: { sha: OLD }, user: { login: 'Author' } } }));
    const ctx = readRunContext({ GITHUB_EVENT_NAME: 'pull_request_review', GITHUB_EVENT_PATH: file, GITHUB_REPOSITORY: 'acme/deploy', GITHUB_SHA: 'f'.repeat(40) });
    expect(ctx.pullRequest).toEqual({ number: 7, headSha: HEAD, baseSha: OLD, author: 'Author' });
    expect(ctx.sha).toBe(HEAD);
  });
});
