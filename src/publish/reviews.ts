// The pull request's reviews and reviewers' team memberships, read for approval in review
// (src/engine/waiver-approval.ts decides what they mean). Reads only; a refusal is a reason in
// the report, never a guess: a membership GitHub does not confirm does not count.
import type { GitHubClient } from './client.js';
import type { FactRead, PullRequestReview, ReviewFacts } from '../engine/waiver-approval.js';

interface HttpError {
  status?: number;
  message?: string;
}

export function reviewFacts(client: GitHubClient, t: { owner: string; repo: string; pullNumber: number; headSha: string; author: string }): ReviewFacts {
  return {
    headSha: t.headSha,
    author: t.author,
    async reviews(): Promise<FactRead<PullRequestReview[]>> {
      try {
        const reviews = await client.paginate(client.rest.pulls.listReviews, { owner: t.owner, repo: t.repo, pull_number: t.pullNumber, per_page: 100 });
        return {
          ok: true,
          value: reviews.filter((r) => r.user?.login).map((r) => ({ login: r.user!.login, state: r.state, commitId: r.commit_id ?? null, authorAssociation: r.author_association })),
        };
      } catch (error) {
        return { ok: false, reason: refusal(error, 'pull-requests: read') };
      }
    },
    async teamMember(org: string, slug: string, login: string): Promise<FactRead<boolean>> {
      try {
        const { data } = await client.rest.teams.getMembershipForUserInOrg({ org, team_slug: slug, username: login });
        return { ok: true, value: data.state === 'active' };
      } catch (error) {
        const e = error as HttpError;
        // 404 is both "not a member" and "this token cannot see the team": either way unconfirmed.
        if (e.status === 404) return { ok: false, reason: 'GitHub did not confirm the membership (404: not a member, or the token cannot see the team; the default GITHUB_TOKEN cannot read organisation teams)' };
        return { ok: false, reason: refusal(error, 'members: read (a token that can read the organisation\'s teams; the default GITHUB_TOKEN cannot)') };
      }
    },
  };
}

function refusal(error: unknown, needed: string): string {
  const e = (typeof error === 'object' && error !== null ? error : {}) as HttpError;
  const message = (e.message ?? String(error)).split('\n')[0]!.replace(/ - https?:\/\/\S+$/, '').slice(0, 160);
  if (e.status === 403 || e.status === 401) return `GitHub answered ${e.status} (${message}); the token needs ${needed}`;
  return e.status ? `GitHub answered ${e.status} (${message})` : message;
}
