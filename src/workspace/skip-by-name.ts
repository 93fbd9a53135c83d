// Files skipped by name before they are read: lockfiles hold integrity hashes that look like
// secrets and nothing else; source maps repeat the sources they map, which are scanned anyway.
import type { SkipReason } from './read-file.js';

const LOCKFILE = /(^|\/)(package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|bun\.lockb?|Cargo\.lock|poetry\.lock|Pipfile\.lock|uv\.lock|go\.sum|composer\.lock|Gemfile\.lock|packages\.lock\.json|gradle\.lockfile|mix\.lock|pubspec\.lock|Podfile\.lock)$/;
const GENERATED = /\.(js|css|mjs|cjs)\.map$|\.map$/;

export function skipByName(relPath: string): SkipReason | undefined {
  if (LOCKFILE.test(relPath)) return 'lockfile';
  if (GENERATED.test(relPath)) return 'generated';
  return undefined;
}
