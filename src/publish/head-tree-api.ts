// A pull request's head read through the REST API when git cannot fetch it (no checkout, or no
// credentials for the remote): the git trees API lists the files at the head SHA, the blobs API
// returns each one. A truncated recursive listing is walked again tree by tree. Every cap is
// checked on the listing before a blob is requested, so the request budget is bounded too.
import { CopyFailure, isRegularFile, type InertCopy, type TreeEntry } from '../workspace/inert-copy.js';
import type { GitHubClient } from './client.js';

interface Repo {
  owner: string;
  repo: string;
}

/** Copies the regular files of `sha` under `prefix` (repository-relative, '' for all) into `copy`. */
export async function copyTreeViaApi(client: GitHubClient, at: Repo & { sha: string; prefix: string }, copy: InertCopy): Promise<void> {
  const dir = at.prefix ? `${at.prefix.replace(/\/+$/, '')}/` : '';
  const entries = await listTree(client, at, at.sha, '', dir, copy.limits.maxFiles);
  const files = entries.filter(isRegularFile).filter((e) => e.path.startsWith(dir));
  copy.admitAll(files.map((e) => ({ path: e.path.slice(dir.length), ...(e.size !== undefined ? { size: e.size } : {}) })));
  for (const e of files) {
    const { data } = await client.rest.git.getBlob({ owner: at.owner, repo: at.repo, file_sha: e.oid });
    if (data.encoding !== 'base64' && data.encoding !== 'utf-8') throw new Error(`blob ${e.oid} came back in an unknown encoding`);
    const content = data.encoding === 'base64' ? Buffer.from(data.content, 'base64') : Buffer.from(data.content, 'utf8');
    if (typeof data.size === 'number' && content.byteLength !== data.size) throw new Error(`blob ${e.oid} of ${e.path} came back incomplete`);
    copy.write(e.path.slice(dir.length), content);
  }
}

/**
 * Entries of tree `sha` (found at `base`), recursively. GitHub truncates a recursive listing
 * past its own limits: then this tree is listed one level and each subtree under `dir` the same way.
 */
async function listTree(client: GitHubClient, at: Repo, sha: string, base: string, dir: string, maxEntries: number): Promise<TreeEntry[]> {
  const get = async (recursive: boolean) => (await client.rest.git.getTree({ owner: at.owner, repo: at.repo, tree_sha: sha, ...(recursive ? { recursive: 'true' } : {}) })).data;
  const full = await get(true);
  const toEntry = (e: (typeof full.tree)[number]): TreeEntry | undefined =>
    e.path && e.sha && e.mode && (e.type === 'blob' || e.type === 'tree' || e.type === 'commit') ? { path: `${base}${e.path}`, mode: e.mode, type: e.type, oid: e.sha, ...(typeof e.size === 'number' ? { size: e.size } : {}) } : undefined;
  if (!full.truncated) return full.tree.map(toEntry).filter((e): e is TreeEntry => e !== undefined);
  const level = (await get(false)).tree.map(toEntry).filter((e): e is TreeEntry => e !== undefined);
  const out: TreeEntry[] = [];
  for (const e of level) {
    if (out.length > maxEntries) throw new CopyFailure(`the head has more than ${maxEntries} files`);
    if (e.type !== 'tree') {
      out.push(e);
      continue;
    }
    // Only subtrees on the way to, or under, the scanned directory are listed.
    const sub = `${e.path}/`;
    if (!(dir.startsWith(sub) || sub.startsWith(dir))) continue;
    out.push(...(await listTree(client, at, e.oid, sub, dir, maxEntries - out.length)));
  }
  return out;
}
