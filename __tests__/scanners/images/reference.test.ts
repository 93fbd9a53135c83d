import { parseImageReference, looksLikeImage } from '../../../src/scanners/images/index.js';

describe('parseImageReference', () => {
  it.each([
    ['nginx', 'untagged'],
    ['nginx:latest', 'latest'],
    ['nginx:1.27.0', 'tagged'],
    ['library/nginx:1.27', 'tagged'],
    ['docker.io/library/nginx', 'untagged'],
    ['ghcr.io/org/app:v1.2.3', 'tagged'],
    ['localhost:5000/app', 'untagged'],
    ['localhost:5000/app:1.2', 'tagged'],
    ['localhost/app:1.2', 'tagged'],
    ['registry.example.com:5000/team/app:2024-01-01', 'tagged'],
    ['[::1]:5000/app:1', 'tagged'],
    [`nginx@sha256:${'a'.repeat(64)}`, 'digest'],
    [`nginx:latest@sha256:${'b'.repeat(64)}`, 'digest'],
    [`gcr.io/distroless/static:nonroot@sha256:${'c'.repeat(64)}`, 'digest'],
    ['nginx@sha256:abc', 'unresolved'],
    ['Nginx:1.2', 'unresolved'],
    ['myorg/MyApp:1', 'unresolved'],
    ['python:${TAG}', 'unresolved'],
    ['$IMAGE', 'unresolved'],
    ['$(params.image)', 'unresolved'],
    ['{{ .Values.image }}', 'unresolved'],
    ['ko://github.com/org/cmd/app', 'unresolved'],
    ['"nginx:1.2"', 'tagged'],
    ["'nginx'", 'untagged'],
    ['', 'unresolved'],
    ['nginx:LATEST', 'tagged'],
  ])('%s → %s', (ref, status) => {
    expect(parseImageReference(ref).status).toBe(status);
  });

  it('splits registry, repository, tag and digest', () => {
    const digest = `sha256:${'d'.repeat(64)}`;
    expect(parseImageReference(`localhost:5000/team/app:1.2@${digest}`)).toMatchObject({
      registry: 'localhost:5000',
      repository: 'team/app',
      tag: '1.2',
      digest,
      status: 'digest',
    });
    expect(parseImageReference('nginx:1.27')).toEqual({ repository: 'nginx', tag: '1.27', status: 'tagged', valid: true });
    expect(parseImageReference('bitnami/redis').registry).toBeUndefined();
  });
});

describe('looksLikeImage', () => {
  it.each(['nginx', 'ghcr.io/a/b:1', '${IMAGE}', '{{ .Values.image }}', 'docker://alpine:3'])('accepts %s', (value) => {
    expect(looksLikeImage(value)).toBe(true);
  });
  it.each(['https://example.com/logo.png', 'logo.png', 'assets/cover.jpg', 'a picture of a cat', '/img/x', 'true', ''])(
    'rejects %s',
    (value) => {
      expect(looksLikeImage(value)).toBe(false);
    },
  );
});
