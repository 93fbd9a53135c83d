// Approval in review: when the (base) policy opts in, a waiver the PR adds counts once a
// reviewer its `approver` names has approved the PR's head commit. The reviews and team
// memberships are facts the caller reads from GitHub (src/publish/reviews.ts); deciding what
// they mean happens here: the latest decisive review per user, on the head commit, by someone
// with a standing in the repository, never the PR's author. A team approval GitHub would not
// confirm does not count, and the sentence says why.
import type { Waiver } from '../manifest/schema.js';
import type { Policy } from '../policy/policy.js';

/** One review as the reviews API lists it. */
export interface PullRequestReview {
  login: string;
  /** APPROVED, CHANGES_REQUESTED, COMMENTED, DISMISSED or PENDING. */
  state: string;
  /** The commit the review was submitted on (null for some very old reviews). */
  commitId: string | null;
  /** OWNER, MEMBER, COLLABORATOR, CONTRIBUTOR, FIRST_TIME_CONTRIBUTOR, NONE, ... */
  authorAssociation: string;
}

export type FactRead<T> = { ok: true; value: T } | { ok: false; reason: string };

/** What the caller can read about the pull request's reviews; each is asked for at most once per argument. */
export interface ReviewFacts {
  headSha: string;
  /** The PR author's login: their own approval never counts. */
  author: string;
  /** Every review of the PR in the order GitHub lists them (oldest first). */
  reviews(): Promise<FactRead<PullRequestReview[]>>;
  /** Whether `login` is an active member of team `org/slug`. */
  teamMember(org: string, slug: string, login: string): Promise<FactRead<boolean>>;
}

export type ApprovalVerdict = { counts: true; by: string } | { counts: false; why: string };

/** Associations that mean the reviewer belongs to the repository (GitHub's own "write access" reviews come from these). */
const STANDING = new Set(['OWNER', 'MEMBER', 'COLLABORATOR']);
/** Reviews that set a reviewer's verdict; a later COMMENTED review leaves an approval standing, as on GitHub. */
const DECISIVE = new Set(['APPROVED', 'CHANGES_REQUESTED', 'DISMISSED']);

const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
const TEAM = /^[A-Za-z0-9][A-Za-z0-9-]{0,38}\/[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/;

/**
 * The GitHub identities a waiver's `approver` names: its `@login` and `@org/team` mentions, or,
 * when it mentions none, the whole value if it is one login or one team. An e-mail address or
 * a person's name names nobody.
 */
export function namedApprovers(approver: string): { logins: string[]; teams: string[] } {
  const mentions = [...approver.matchAll(/(?:^|[\s,;(])@([A-Za-z0-9][\w./-]*)/g)].map((m) => m[1]!.replace(/[.]+$/, ''));
  const candidates = mentions.length ? mentions : [approver.trim()];
  const unique = (list: string[]) => list.filter((c, i) => list.findIndex((o) => o.toLowerCase() === c.toLowerCase()) === i);
  return { logins: unique(candidates.filter((c) => LOGIN.test(c))), teams: unique(candidates.filter((c) => TEAM.test(c))) };
}

/** Each user's latest decisive review, by lower-cased login. */
export function latestReviews(reviews: readonly PullRequestReview[]): Map<string, PullRequestReview> {
  const latest = new Map<string, PullRequestReview>();
  for (const r of reviews) if (DECISIVE.has(r.state)) latest.set(r.login.toLowerCase(), r);
  return latest;
}

/** Why one reviewer's standing review does or does not approve the head commit. */
function approvalOf(review: PullRequestReview | undefined, login: string, facts: ReviewFacts): { ok: true } | { ok: false; why: string } {
  const who = `@${login}`;
  if (login.toLowerCase() === facts.author.toLowerCase()) return { ok: false, why: `${who} is the PR's author, whose approval never counts` };
  if (!review) return { ok: false, why: `${who} has not approved this PR` };
  if (review.state === 'DISMISSED') return { ok: false, why: `${who}'s approval was dismissed` };
  if (review.state !== 'APPROVED') return { ok: false, why: `${who}'s latest review requests changes` };
  if (review.commitId !== facts.headSha) return { ok: false, why: `${who} approved an older commit (${(review.commitId ?? 'unknown').slice(0, 12)}), not the head ${facts.headSha.slice(0, 12)}` };
  if (!STANDING.has(review.authorAssociation)) return { ok: false, why: `${who} has no standing in the repository (${review.authorAssociation.toLowerCase().replace(/_/g, ' ')})` };
  return { ok: true };
}

/**
 * Decides waivers against the reviews, reading each fact once. Without the policy's opt-in it
 * is not made (every added waiver needs merging).
 */
export function waiverApprover(policy: Pick<Policy, 'waiverApproval'>, facts: ReviewFacts | undefined): ((waiver: Waiver) => Promise<ApprovalVerdict>) | undefined {
  if (!policy.waiverApproval.inReview) return undefined;
  if (!facts) return async () => ({ counts: false, why: 'the pull request\'s reviews were not available to this run (approval in review needs the action on a pull request event)' });
  let reviews: Promise<FactRead<PullRequestReview[]>> | undefined;
  const memberships = new Map<string, Promise<FactRead<boolean>>>();
  const member = (team: string, login: string) => {
    const key = `${team} ${login}`;
    if (!memberships.has(key)) {
      const [org, slug] = team.split('/') as [string, string];
      memberships.set(key, facts.teamMember(org, slug, login));
    }
    return memberships.get(key)!;
  };
  const listed = new Set(policy.waiverApproval.teams);
  return async (waiver) => {
    const named = namedApprovers(waiver.approver);
    if (!named.logins.length && !named.teams.length) return { counts: false, why: `its approver (${waiver.approver}) names no GitHub login or team to approve it in review` };
    reviews ??= facts.reviews();
    const read = await reviews;
    if (!read.ok) return { counts: false, why: `the PR's reviews could not be read (${read.reason})` };
    const latest = latestReviews(read.value);
    const reasons: string[] = [];
    for (const login of named.logins) {
      const approval = approvalOf(latest.get(login.toLowerCase()), login, facts);
      if (approval.ok) return { counts: true, by: `@${login}` };
      reasons.push(approval.why);
    }
    // Everyone who approved the head commit with standing, but not the author: candidates for a team.
    const approvers = [...latest.values()].map((r) => r.login).filter((login) => approvalOf(latest.get(login.toLowerCase()), login, facts).ok).sort();
    for (const team of named.teams) {
      if (!listed.has(team.toLowerCase())) {
        reasons.push(`team @${team} is not one of the policy's waivers.approver_teams`);
        continue;
      }
      if (!approvers.length) {
        reasons.push(`no member of @${team} has approved the head commit ${facts.headSha.slice(0, 12)}`);
        continue;
      }
      const unverified: string[] = [];
      for (const login of approvers) {
        const m = await member(team, login);
        if (m.ok && m.value) return { counts: true, by: `@${login} (member of @${team})` };
        if (!m.ok) unverified.push(`@${login}: ${m.reason}`);
      }
      reasons.push(
        unverified.length
          ? `membership in @${team} could not be verified, so it does not count (${unverified.join('; ')})`
          : `none of ${approvers.map((a) => `@${a}`).join(', ')} who approved the head commit is a member of @${team}`,
      );
    }
    return { counts: false, why: reasons.join('; ') };
  };
}
