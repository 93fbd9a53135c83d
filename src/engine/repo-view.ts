// The controls' read-only view of the repository: listed files only, read safely, cached.
import type { RepoView } from '../controls/types.js';
import { readWorkspaceFile } from '../workspace/read-file.js';

export function createRepoView(root: string, files: readonly string[], maxBytes: number): RepoView {
  const fileSet = new Set(files);
  const cache = new Map<string, string | undefined>();
  let dirs: Set<string> | undefined;
  const dirSet = () => {
    if (!dirs) {
      dirs = new Set();
      for (const f of files) for (let i = f.indexOf('/'); i !== -1; i = f.indexOf('/', i + 1)) dirs.add(f.slice(0, i));
    }
    return dirs;
  };
  return {
    exists: (rel) => fileSet.has(rel) || dirSet().has(rel),
    readText(rel) {
      if (!fileSet.has(rel)) return undefined;
      if (!cache.has(rel)) {
        const read = readWorkspaceFile(root, rel, maxBytes);
        cache.set(rel, read.ok ? read.text : undefined);
      }
      return cache.get(rel);
    },
  };
}
