// Files skipped by name before they are read: source maps of scripts and styles repeat the sources
// they map, which are scanned anyway, and are large. Lockfiles are scanned (a credentialed registry
// URL or token can sit in one, and a name must not be a hiding place); their integrity hashes are
// no secret assignment, and the generic rule leaves lockfiles alone.
import type { SkipReason } from './read-file.js';

/** `app.js.map`, `site.css.map`; not any `*.map` (nginx and other `.map` files are configuration). */
const SOURCE_MAP = /\.(?:js|mjs|cjs|jsx|ts|tsx|css)\.map$/i;

export function skipByName(relPath: string): SkipReason | undefined {
  if (SOURCE_MAP.test(relPath)) return 'generated';
  return undefined;
}
