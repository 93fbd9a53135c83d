// The check run on the pull request's head commit: created `in_progress` before the scan,
// completed afterwards with the verdict; annotations go out in batches of 50 (GitHub's limit
// per request), the first batch with the completion itself.
import type { GitHubClient } from './client.js';

export const ANNOTATIONS_PER_REQUEST = 50;

export interface CheckRunAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  title?: string;
  message: string;
}

export interface CheckRunRef {
  owner: string;
  repo: string;
  id: number;
  url: string;
}

export interface CheckRunResult {
  conclusion: 'success' | 'failure' | 'neutral';
  title: string;
  summary: string;
  annotations: CheckRunAnnotation[];
}

export async function startCheckRun(
  client: GitHubClient,
  target: { owner: string; repo: string; name: string; headSha: string; detailsUrl?: string },
): Promise<CheckRunRef> {
  const { data } = await client.rest.checks.create({
    owner: target.owner,
    repo: target.repo,
    name: target.name,
    head_sha: target.headSha,
    status: 'in_progress',
    started_at: new Date().toISOString(),
    ...(target.detailsUrl ? { details_url: target.detailsUrl } : {}),
  });
  return { owner: target.owner, repo: target.repo, id: data.id, url: data.html_url ?? '' };
}

export async function completeCheckRun(client: GitHubClient, run: CheckRunRef, result: CheckRunResult): Promise<void> {
  const batches: CheckRunAnnotation[][] = [];
  for (let i = 0; i < result.annotations.length; i += ANNOTATIONS_PER_REQUEST) batches.push(result.annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
  const output = (annotations: CheckRunAnnotation[] | undefined) => ({ title: result.title, summary: result.summary, ...(annotations?.length ? { annotations } : {}) });
  await client.rest.checks.update({
    owner: run.owner,
    repo: run.repo,
    check_run_id: run.id,
    status: 'completed',
    conclusion: result.conclusion,
    completed_at: new Date().toISOString(),
    output: output(batches[0]),
  });
  // Later updates append their annotations to the run's list.
  for (const batch of batches.slice(1)) {
    await client.rest.checks.update({ owner: run.owner, repo: run.repo, check_run_id: run.id, output: output(batch) });
  }
}
