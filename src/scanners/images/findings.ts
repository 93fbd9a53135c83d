// Findings for image references: mutable tags, missing tags, unresolvable references and
// (when the policy asks for it) references pinned to a tag rather than a digest.
import { fingerprint } from '../fingerprint.js';
import type { FileContext, Finding, ImageReference, Severity } from '../types.js';
import { parseImageReference } from './reference.js';

export interface ImageFindingOptions {
  requireDigest: boolean;
  /**
   * Context for the findings (ImageReference has none). A single value for all refs, or a
   * function of the ref's path (e.g. the engine's path classifier). Defaults to 'source'.
   */
  context?: FileContext | ((path: string) => FileContext);
  /** HMAC key for fingerprints, when the policy sets one. */
  fingerprintKey?: string;
}

export const IMAGE_RULES = {
  latest: { ruleId: 'images/latest-tag', severity: 'medium' as Severity },
  untagged: { ruleId: 'images/untagged', severity: 'medium' as Severity },
  unresolved: { ruleId: 'images/unresolved', severity: 'low' as Severity },
  notDigestPinned: { ruleId: 'images/not-digest-pinned', severity: 'low' as Severity },
} as const;

/** `name:tag` without the tag, for fix suggestions. */
function baseName(image: string): string {
  const parsed = parseImageReference(image);
  const path = parsed.registry ? `${parsed.registry}/${parsed.repository}` : parsed.repository;
  return path || image;
}

export function imageFindings(refs: ImageReference[], opts: ImageFindingOptions): Finding[] {
  const findings: Finding[] = [];
  const contextOf = (path: string): FileContext =>
    typeof opts.context === 'function' ? opts.context(path) : opts.context ?? 'source';

  for (const ref of refs) {
    let rule: { ruleId: string; severity: Severity } | undefined;
    let message: string | undefined;
    switch (ref.status) {
      case 'latest': {
        rule = IMAGE_RULES.latest;
        message = `Image '${ref.image}' uses the mutable ':latest' tag; pin a version tag or a digest (${baseName(ref.image)}:1.2.3@sha256:...)`;
        break;
      }
      case 'untagged': {
        rule = IMAGE_RULES.untagged;
        message = `Image '${ref.image}' has no tag, so it pulls ':latest'; pin a version tag or a digest (${baseName(ref.image)}:1.2.3@sha256:...)`;
        break;
      }
      case 'unresolved': {
        rule = IMAGE_RULES.unresolved;
        const parsed = parseImageReference(ref.image);
        message =
          parsed.reason === 'invalid'
            ? `Image '${ref.image}' is not a valid image reference (repository names are lowercase; check the tag and digest); write it as registry/name:version`
            : `Image '${ref.image}' depends on a variable or template, so its version cannot be checked here; make sure the value it resolves to is a version tag or a digest`;
        break;
      }
      case 'tagged': {
        if (opts.requireDigest) {
          rule = IMAGE_RULES.notDigestPinned;
          message = `Image '${ref.image}' is pinned to a tag, which can be moved; the policy requires a digest (${ref.image}@sha256:...)`;
        }
        break;
      }
      case 'digest':
        break;
    }
    if (!rule || !message) continue;
    findings.push({
      ruleId: rule.ruleId,
      category: 'image',
      severity: rule.severity,
      path: ref.path,
      line: ref.line,
      column: ref.column,
      message,
      fingerprint: opts.fingerprintKey
        ? fingerprint(rule.ruleId, ref.path, ref.image, opts.fingerprintKey)
        : fingerprint(rule.ruleId, ref.path, ref.image),
      context: contextOf(ref.path),
    });
  }
  return findings;
}
