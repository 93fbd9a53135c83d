import { imagePinningControl } from '../../src/controls/image-pinning.js';
import type { ImageReference } from '../../src/scanners/types.js';
import { evaluate, FULL } from '../helpers/workload.js';

const TAG_FIX = 'Tag every image with an immutable version (semantic version or git SHA) and deploy that tag.';
const DIGEST_FIX = 'Pin by digest: image: registry/app:1.4.2@sha256:<digest>.';
const DIGEST_ADVICE = 'Better still, pin by digest (image@sha256:...), which a registry cannot move.';
const TEMPLATE_FIX = 'Give template variables a pinned default (ARG TAG=1.4.2, Helm values tag) so the pinned version is reviewable.';

const img = (status: ImageReference['status'], image: string, line = 9): ImageReference => ({ path: 'k8s/d.yaml', line, column: 18, image, status, source: 'kubernetes' });
const latest = img('latest', 'app:latest');
const untagged = img('untagged', 'app', 10);
const tagged = img('tagged', 'app:1.2.3', 11);
const digest = img('digest', 'app:1.2.3@sha256:abc', 12);
const templated = img('unresolved', '${IMAGE}', 13);

describe('image_pinning', () => {
  it('is not applicable without image references', () => {
    expect(evaluate(imagePinningControl, FULL)).toEqual({ status: 'not_applicable', message: "No container image references in the workload's files.", evidence: [], remediation: [] });
  });

  it('passes on tags and digests', () => {
    expect(evaluate(imagePinningControl, FULL, { facts: { images: [tagged, digest] } })).toEqual({ status: 'pass', message: 'All 2 image references are pinned.', evidence: [], remediation: [] });
  });

  it('passes on digests when the policy requires them, and says so', () => {
    expect(evaluate(imagePinningControl, FULL, { facts: { images: [digest] }, policy: { requireDigest: true } }).message).toBe('All 1 image references are pinned by digest.');
  });

  it('fails on :latest and untagged, with the tag fix and the digest advice', () => {
    expect(evaluate(imagePinningControl, FULL, { facts: { images: [latest, untagged, tagged] } })).toEqual({
      status: 'fail',
      message: '2 image references are not pinned: app:latest, app.',
      evidence: [
        { path: 'k8s/d.yaml', line: 9, detail: "'app:latest' uses :latest" },
        { path: 'k8s/d.yaml', line: 10, detail: "'app' has no tag (means :latest)" },
      ],
      remediation: [TAG_FIX, DIGEST_ADVICE],
    });
  });

  it('one reference is singular, and a repeated image is named once', () => {
    expect(evaluate(imagePinningControl, FULL, { facts: { images: [latest] } }).message).toBe('1 image reference is not pinned: app:latest.');
    expect(evaluate(imagePinningControl, FULL, { facts: { images: [latest, { ...latest, line: 20 }] } }).message).toBe('2 image references are not pinned: app:latest.');
  });

  it('a tag without digest fails only when the policy requires digests, with the digest fix only', () => {
    expect(evaluate(imagePinningControl, FULL, { facts: { images: [tagged] }, policy: { requireDigest: true } })).toEqual({
      status: 'fail',
      message: '1 image reference is not pinned: app:1.2.3.',
      evidence: [{ path: 'k8s/d.yaml', line: 11, detail: "'app:1.2.3' is not pinned by digest" }],
      remediation: [DIGEST_FIX],
    });
  });

  it(':latest under a digest policy gets the tag fix and the required digest fix', () => {
    expect(evaluate(imagePinningControl, FULL, { facts: { images: [latest] }, policy: { requireDigest: true } }).remediation).toEqual([TAG_FIX, DIGEST_FIX]);
    expect(evaluate(imagePinningControl, FULL, { facts: { images: [latest, tagged] }, policy: { requireDigest: true } }).remediation).toEqual([TAG_FIX, DIGEST_FIX]);
  });

  it('templated references warn with the template fix', () => {
    expect(evaluate(imagePinningControl, FULL, { facts: { images: [templated, tagged] } })).toEqual({
      status: 'warn',
      message: '1 image reference is templated; readiness-gate cannot tell what will be deployed.',
      evidence: [{ path: 'k8s/d.yaml', line: 13, detail: "'${IMAGE}' is templated and could not be resolved" }],
      remediation: [TEMPLATE_FIX],
    });
    expect(evaluate(imagePinningControl, FULL, { facts: { images: [templated, templated] } }).message).toBe('2 image references are templated; readiness-gate cannot tell what will be deployed.');
  });

  it('a failure wins over a templated warning', () => {
    expect(evaluate(imagePinningControl, FULL, { facts: { images: [templated, latest] } }).status).toBe('fail');
  });

  it('thousands of references: counted with separators, names and evidence capped', () => {
    const images = Array.from({ length: 2000 }, (_, i) => img('latest', `app${i}:latest`, i + 1));
    const outcome = evaluate(imagePinningControl, FULL, { facts: { images } });
    expect(outcome.message).toMatch(/^2,000 image references are not pinned: app0:latest, .*app9:latest and 1,990 more\.$/);
    expect(outcome.evidence).toHaveLength(21);
  });
});

it('image_pinning names itself, its title and its risk', () => {
  expect([imagePinningControl.id, imagePinningControl.title, imagePinningControl.risk]).toEqual(["image_pinning", "Pinned images", "A `:latest` or untagged image changes under you: what was tested is not what runs, and a rollback has nothing to roll back to."]);
});
