// Findings for image references: mutable tags, missing tags, unresolvable references and
// (when the policy asks for it) references pinned to a tag rather than a digest.
import { fingerprint } from '../fingerprint.js';
import type { FileContext, Finding, ImageReference, Location, Severity } from '../types.js';
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
    // A Kustomize entry that names no version: the resources it rewrites carry the finding.
    if (ref.source === 'kustomize' && ref.deployed) continue;
    const settled = deployedMessage(ref);
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
    if (settled && ref.status !== 'tagged') message = settled;
    const finding: Finding = {
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
    };
    if (ref.deployed?.by.length) finding.related = ref.deployed.by.map(({ path, line, column }) => ({ path, line, column }));
    findings.push(finding);
  }
  return findings;
}

const where = (by: readonly Location[]): string => {
  const shown = by.slice(0, 3).map((l) => `${l.path}:${l.line}`).join(', ');
  return by.length > 3 ? `${shown} and ${by.length - 3} more` : shown;
};

/** The message for a reference whose version other files decide (kustomizations, Chart.yaml). */
function deployedMessage(ref: ImageReference): string | undefined {
  const fix = `${baseName(ref.image)}:1.2.3@sha256:...`;
  if (ref.tagFrom === 'chart-app-version') {
    if (!ref.deployed) {
      return `Image '${ref.image}' has an empty tag, so Helm uses the chart's appVersion, and no Chart.yaml of this chart is in the tree; set the tag here (${fix}) or make sure appVersion is a version`;
    }
    if (ref.deployed.status === 'untagged') {
      return `Image '${ref.image}' has an empty tag, so Helm uses the chart's appVersion, and ${where(ref.deployed.by)} sets none; set the tag here (${fix}) or appVersion in Chart.yaml`;
    }
    return `Image '${ref.image}' has an empty tag, so Helm uses the chart's appVersion (${where(ref.deployed.by)}): deployed as '${ref.deployed.image}'; pin a version or a digest`;
  }
  if (ref.source === 'kustomize' && ref.status === 'unresolved') {
    return `Kustomize images entry '${ref.image}' sets no newTag or digest, so the version is the one written in the resources it rewrites, and none of them in this tree uses the image; set newTag or digest`;
  }
  if (!ref.deployed) return undefined;
  if (ref.deployed.status === 'unresolved') {
    return `Image '${ref.image}' is deployed as '${ref.deployed.image}' by the kustomization images entries that include this file (${where(ref.deployed.by)}), which is not a valid image reference; fix newName, newTag or digest there`;
  }
  if (ref.deployed.status !== 'latest' && ref.deployed.status !== 'untagged') return undefined;
  const status = ref.deployed.status === 'latest' ? "the mutable ':latest' tag" : 'no tag (so it pulls :latest)';
  return `Image '${ref.image}' is deployed as '${ref.deployed.image}', with ${status}, by the kustomization images entries that include this file (${where(ref.deployed.by)}); set newTag or digest there, or pin a version here (${fix})`;
}
