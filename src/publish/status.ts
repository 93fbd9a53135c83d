// The fallback where check runs cannot be created (a personal access token, no `checks`
// permission): a commit status under the check name, description within GitHub's 140 characters.
import type { GitHubClient } from './client.js';

export const STATUS_DESCRIPTION_LIMIT = 140;

export function statusDescription(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= STATUS_DESCRIPTION_LIMIT ? flat : `${flat.slice(0, STATUS_DESCRIPTION_LIMIT - 1)}…`;
}

export async function setCommitStatus(
  client: GitHubClient,
  target: { owner: string; repo: string; sha: string; context: string; state: 'success' | 'failure' | 'error' | 'pending'; description: string; targetUrl?: string },
): Promise<void> {
  await client.rest.repos.createCommitStatus({
    owner: target.owner,
    repo: target.repo,
    sha: target.sha,
    state: target.state,
    context: target.context,
    description: statusDescription(target.description),
    ...(target.targetUrl ? { target_url: target.targetUrl } : {}),
  });
}
