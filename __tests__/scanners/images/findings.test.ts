import { imageFindings, scanImages } from '../../../src/scanners/images/index.js';
import { fingerprint } from '../../../src/scanners/fingerprint.js';
import type { ImageReference } from '../../../src/scanners/types.js';

const ref = (image: string, status: ImageReference['status'], line = 1): ImageReference => ({
  path: 'deploy/app.yaml',
  line,
  column: 14,
  image,
  status,
  source: 'kubernetes',
  container: 'app',
});
const D = `sha256:${'f'.repeat(64)}`;

describe('imageFindings', () => {
  const refs = [
    ref('nginx:latest', 'latest', 1),
    ref('redis', 'untagged', 2),
    ref('${IMAGE}', 'unresolved', 3),
    ref('acme/app:1.2.3', 'tagged', 4),
    ref(`acme/app@${D}`, 'digest', 5),
    ref('Acme/App:1', 'unresolved', 6),
  ];

  it('reports latest, untagged and unresolved; digests never', () => {
    const findings = imageFindings(refs, { requireDigest: false });
    expect(findings.map((f) => [f.ruleId, f.severity, f.line, f.column])).toEqual([
      ['images/latest-tag', 'medium', 1, 14],
      ['images/untagged', 'medium', 2, 14],
      ['images/unresolved', 'low', 3, 14],
      ['images/unresolved', 'low', 6, 14],
    ]);
    expect(findings.every((f) => f.category === 'image' && f.context === 'source' && f.path === 'deploy/app.yaml')).toBe(true);
  });

  it('names the image and the fix', () => {
    const [latest, untagged, unresolved, , invalid] = imageFindings(refs, { requireDigest: true });
    expect(latest!.message).toBe(
      "Image 'nginx:latest' uses the mutable ':latest' tag; pin a version tag or a digest (nginx:1.2.3@sha256:...)",
    );
    expect(untagged!.message).toContain("Image 'redis' has no tag");
    expect(unresolved!.message).toContain("Image '${IMAGE}' depends on a variable or template");
    expect(invalid!.message).toContain('not a valid image reference');
  });

  it('requires digests only when the policy says so, and not twice for latest/untagged', () => {
    const findings = imageFindings(refs, { requireDigest: true });
    expect(findings.filter((f) => f.ruleId === 'images/not-digest-pinned').map((f) => f.line)).toEqual([4]);
    expect(findings.find((f) => f.ruleId === 'images/not-digest-pinned')!.message).toContain(
      "Image 'acme/app:1.2.3' is pinned to a tag",
    );
  });

  it('fingerprints by rule, path and image, not by line', () => {
    const [a] = imageFindings([ref('nginx:latest', 'latest', 1)], { requireDigest: false });
    const [b] = imageFindings([ref('nginx:latest', 'latest', 99)], { requireDigest: false });
    expect(a!.fingerprint).toBe(b!.fingerprint);
    expect(a!.fingerprint).toBe(fingerprint('images/latest-tag', 'deploy/app.yaml', 'nginx:latest'));
    const [keyed] = imageFindings([ref('nginx:latest', 'latest')], { requireDigest: false, fingerprintKey: 'org' });
    expect(keyed!.fingerprint).toBe(fingerprint('images/latest-tag', 'deploy/app.yaml', 'nginx:latest', 'org'));
  });

  it('takes the context from the caller', () => {
    expect(imageFindings([ref('nginx', 'untagged')], { requireDigest: false, context: 'example' })[0]!.context).toBe('example');
    expect(
      imageFindings([ref('nginx', 'untagged')], { requireDigest: false, context: (path) => (path.startsWith('deploy/') ? 'docs' : 'source') })[0]!
        .context,
    ).toBe('docs');
  });

  it('works end to end from a scanned file', () => {
    const refs = scanImages({ path: 'Dockerfile', text: 'FROM node:latest\nFROM node:20\n', context: 'test' });
    const findings = imageFindings(refs, { requireDigest: true, context: 'test' });
    expect(findings.map((f) => [f.ruleId, f.line, f.column, f.context])).toEqual([
      ['images/latest-tag', 1, 6, 'test'],
      ['images/not-digest-pinned', 2, 6, 'test'],
    ]);
  });
});
