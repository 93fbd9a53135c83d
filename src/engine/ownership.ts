// Which files a workload owns: the paths its manifest lists, relative to the manifest.
import picomatch from 'picomatch';
import type { Workload } from '../manifest/load.js';
import { joinWorkspacePath } from '../workspace/paths.js';

export function ownedFileMatcher(workload: Workload): (file: string) => boolean {
  const matchers = workload.manifest.paths.map((entry) => {
    const joined = joinWorkspacePath(workload.dir, entry);
    if (/[*?[\]{}!]/.test(entry)) return picomatch(joined, { dot: true });
    if (joined === '') return () => true;
    return (file: string) => file === joined || file.startsWith(`${joined}/`);
  });
  return (file) => matchers.some((m) => m(file));
}
