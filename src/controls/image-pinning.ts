import type { Control } from './types.js';
import { notApplicable, pass } from './types.js';

export const imagePinningControl: Control = {
  id: 'image_pinning',
  title: 'Pinned images',
  risk: 'A `:latest` or untagged image changes under you: what was tested is not what runs, and a rollback has nothing to roll back to.',
  evaluate(ctx) {
    const images = ctx.facts.images;
    if (!images.length) return notApplicable('No container image references in the workload\'s files.');
    const requireDigest = ctx.policy.requireDigest;
    const bad = images.filter((i) => i.status === 'latest' || i.status === 'untagged' || (requireDigest && i.status === 'tagged'));
    const unresolved = images.filter((i) => i.status === 'unresolved');
    const describe = (i: (typeof images)[number]) =>
      i.status === 'latest' ? `'${i.image}' uses :latest` : i.status === 'untagged' ? `'${i.image}' has no tag (means :latest)` : i.status === 'tagged' ? `'${i.image}' is not pinned by digest` : `'${i.image}' is templated and could not be resolved`;
    if (bad.length) {
      return {
        status: 'fail',
        message: `Promotion blocked: ${bad.length} image reference${bad.length > 1 ? 's are' : ' is'} not pinned: ${[...new Set(bad.map((i) => i.image))].join(', ')}.`,
        evidence: bad.map((i) => ({ path: i.path, line: i.line, detail: describe(i) })),
        remediation: [
          'Tag every image with an immutable version (semantic version or git SHA) and deploy that tag.',
          requireDigest ? 'Pin by digest: image: registry/app:1.4.2@sha256:<digest>.' : 'Better still, pin by digest (image@sha256:...), which a registry cannot move.',
        ],
      };
    }
    if (unresolved.length) {
      return {
        status: 'warn',
        message: `${unresolved.length} image reference${unresolved.length > 1 ? 's are' : ' is'} templated; readiness-gate cannot tell what will be deployed.`,
        evidence: unresolved.map((i) => ({ path: i.path, line: i.line, detail: describe(i) })),
        remediation: ['Give template variables a pinned default (ARG TAG=1.4.2, Helm values tag) so the pinned version is reviewable.'],
      };
    }
    return pass(`All ${images.length} image references are pinned${requireDigest ? ' by digest' : ''}.`);
  },
};
