import type { ImageReference } from '../scanners/types.js';
import { listCapped } from './claims.js';
import type { Control, Gap } from './types.js';
import { notApplicable, outcomeOf, pass } from './types.js';

const TAG_FIX = 'Tag every image with an immutable version (semantic version or git SHA) and deploy that tag.';
const DIGEST_FIX = 'Pin by digest: image: registry/app:1.4.2@sha256:<digest>.';
const DIGEST_ADVICE = 'Better still, pin by digest (image@sha256:...), which a registry cannot move.';
const TEMPLATE_FIX = 'Give template variables a pinned default (ARG TAG=1.4.2, Helm values tag) so the pinned version is reviewable.';

function describe(i: ImageReference): string {
  if (i.status === 'latest') return `'${i.image}' uses :latest`;
  if (i.status === 'untagged') return `'${i.image}' has no tag (means :latest)`;
  if (i.status === 'tagged') return `'${i.image}' is not pinned by digest`;
  return `'${i.image}' is templated and could not be resolved`;
}

function count(n: number, verb: string): string {
  return `${n.toLocaleString('en-US')} image reference${n > 1 ? 's are' : ' is'} ${verb}`;
}

export const imagePinningControl: Control = {
  id: 'image_pinning',
  title: 'Pinned images',
  risk: 'A `:latest` or untagged image changes under you: what was tested is not what runs, and a rollback has nothing to roll back to.',
  evaluate(ctx) {
    const images = ctx.facts.images;
    if (!images.length) return notApplicable("No container image references in the workload's files.");
    const requireDigest = ctx.policy.requireDigest;
    const evidence = (i: ImageReference) => ({ path: i.path, line: i.line, detail: describe(i) });
    const moving = images.filter((i) => i.status === 'latest' || i.status === 'untagged');
    const undigested = requireDigest ? images.filter((i) => i.status === 'tagged') : [];
    if (moving.length || undigested.length) {
      const gaps: Gap[] = [
        ...moving.map((i) => ({ problem: i.image, evidence: evidence(i), fix: TAG_FIX })),
        ...undigested.map((i) => ({ problem: i.image, evidence: evidence(i), fix: DIGEST_FIX })),
      ];
      const outcome = outcomeOf('fail', `${count(gaps.length, 'not pinned')}: ${listCapped([...new Set(gaps.map((g) => g.problem))])}.`, gaps);
      // A moving tag's fix names the stronger pin too, as advice when the policy does not require it.
      if (moving.length && !requireDigest) outcome.remediation.push(DIGEST_ADVICE);
      if (moving.length && requireDigest && !undigested.length) outcome.remediation.push(DIGEST_FIX);
      return outcome;
    }
    const unresolved = images.filter((i) => i.status === 'unresolved');
    if (unresolved.length) {
      return outcomeOf(
        'warn',
        `${count(unresolved.length, 'templated')}; readiness-gate cannot tell what will be deployed.`,
        unresolved.map((i) => ({ problem: i.image, evidence: evidence(i), fix: TEMPLATE_FIX })),
      );
    }
    return pass(`All ${images.length} image references are pinned${requireDigest ? ' by digest' : ''}.`);
  },
};
