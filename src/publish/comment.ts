// The sticky pull-request comment: one per check name, found again by its hidden marker on
// any page of the conversation, updated in place, and deduplicated when two runs race.
import type { GitHubClient } from './client.js';

export interface CommentTarget {
  owner: string;
  repo: string;
  issueNumber: number;
}

export interface StickyComment {
  /** Every body of this comment starts with it (same check name, any content). */
  marker: string;
  /** Present in the body only when the content is the same (the content hash). */
  contentMarker: string;
  body: string;
}

export interface CommentOutcome {
  action: 'created' | 'updated' | 'unchanged';
  url: string;
  /** Extra copies (from racing runs) that were deleted. */
  removed: number;
}

interface IssueComment {
  id: number;
  body?: string;
  html_url: string;
  created_at: string;
  user?: { type?: string } | null;
  author_association?: string;
}

/**
 * Anyone can post a comment that starts with the marker. Only a bot's (the workflow token posts
 * as github-actions[bot], an app as its bot) or a writer's (a personal token of someone who could
 * edit the gate's comment anyway) counts as the gate's: an outsider's forged "ready" comment is
 * neither taken as ours, nor kept in place of ours, nor deleted.
 */
function postedByTheGate(c: IssueComment): boolean {
  return c.user?.type === 'Bot' || ['OWNER', 'MEMBER', 'COLLABORATOR'].includes(c.author_association ?? '');
}

async function listMine(client: GitHubClient, t: CommentTarget, marker: string): Promise<IssueComment[]> {
  const all = (await client.paginate(client.rest.issues.listComments, { owner: t.owner, repo: t.repo, issue_number: t.issueNumber, per_page: 100 })) as IssueComment[];
  return all.filter((c) => c.body?.startsWith(marker) && postedByTheGate(c)).sort((a, b) => a.created_at.localeCompare(b.created_at) || a.id - b.id);
}

/**
 * `onlyIfChanged` skips the write when the existing comment holds the same content;
 * `createIfMissing: false` only refreshes a comment that is already there.
 */
export async function upsertComment(
  client: GitHubClient,
  t: CommentTarget,
  comment: StickyComment,
  options: { onlyIfChanged: boolean; createIfMissing: boolean },
): Promise<CommentOutcome | undefined> {
  const mine = await listMine(client, t, comment.marker);
  const [oldest, ...extra] = mine;
  if (oldest) {
    const removed = await removeCopies(client, t, extra);
    if (options.onlyIfChanged && oldest.body?.includes(comment.contentMarker)) return { action: 'unchanged', url: oldest.html_url, removed };
    const { data } = await client.rest.issues.updateComment({ owner: t.owner, repo: t.repo, comment_id: oldest.id, body: comment.body });
    return { action: 'updated', url: data.html_url, removed };
  }
  if (!options.createIfMissing) return undefined;
  const { data: created } = await client.rest.issues.createComment({ owner: t.owner, repo: t.repo, issue_number: t.issueNumber, body: comment.body });
  // Another run may have created its copy at the same time: keep the oldest, delete the rest.
  const after = await listMine(client, t, comment.marker);
  const [keep, ...copies] = after;
  if (!keep || keep.id === created.id) return { action: 'created', url: created.html_url, removed: await removeCopies(client, t, copies) };
  const removed = await removeCopies(client, t, copies);
  if (!keep.body?.includes(comment.contentMarker)) await client.rest.issues.updateComment({ owner: t.owner, repo: t.repo, comment_id: keep.id, body: comment.body });
  return { action: 'updated', url: keep.html_url, removed };
}

async function removeCopies(client: GitHubClient, t: CommentTarget, copies: IssueComment[]): Promise<number> {
  let removed = 0;
  for (const c of copies) {
    try {
      await client.rest.issues.deleteComment({ owner: t.owner, repo: t.repo, comment_id: c.id });
      removed++;
    } catch (error) {
      // The racing run deleted it first.
      if ((error as { status?: number }).status !== 404) throw error;
    }
  }
  return removed;
}
