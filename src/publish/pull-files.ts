// The files a pull request changes, with their patches, so annotations can stay on the lines
// the author touched. GitHub lists at most 3000 files; patches of very large files are omitted.
import type { GitHubClient } from './client.js';

export interface PullFile {
  filename: string;
  status: string;
  patch?: string;
  /** A renamed file's old name: renaming the policy away changes it too. */
  previousFilename?: string;
}

export async function listPullFiles(client: GitHubClient, t: { owner: string; repo: string; pullNumber: number }): Promise<PullFile[]> {
  const files = await client.paginate(client.rest.pulls.listFiles, { owner: t.owner, repo: t.repo, pull_number: t.pullNumber, per_page: 100 });
  return files.map((f) => ({ filename: f.filename, status: f.status, ...(f.patch !== undefined ? { patch: f.patch } : {}), ...(f.previous_filename ? { previousFilename: f.previous_filename } : {}) }));
}
