// Which files a workload owns: the paths its manifest lists, relative to the manifest.
import picomatch from 'picomatch';
import type { Workload } from '../manifest/load.js';

export function ownedFileMatcher(workload: Workload): (file: string) => boolean {
  const matchers = workload.manifest.paths.map((entry) => {
    const joined = joinRelative(workload.dir, entry);
    if (/[*?[\]{}!]/.test(entry)) return picomatch(joined, { dot: true });
    if (joined === '') return () => true;
    return (file: string) => file === joined || file.startsWith(`${joined}/`);
  });
  return (file) => matchers.some((m) => m(file));
}

function joinRelative(dir: string, rel: string): string {
  const parts: string[] = [];
  for (const part of `${dir}/${rel}`.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return parts.join('/');
}
