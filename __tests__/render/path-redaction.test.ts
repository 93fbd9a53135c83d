// File paths in a report: printed as they are, unless a token sits in them.
import { couldBeSecret, textRedactor } from '../../src/scanners/secrets/redact-text.js';
import { ALNUM, B64, fake } from '../scanners/secrets/fake.js';

describe('paths in a report', () => {
  const redact = textRedactor([]);

  it.each([
    'Kong+charts/charts/kong/ci/__snapshots__/kong-ingress-2-values.snap',
    'grafana+tempo/example/tk/vendor/github.com/jsonnet-libs/k8s-libsonnet/1.32/_gen/apps/v1/daemonSetSpec.libsonnet',
    'minio+operator/testing/console-tenant+kes.sh',
    'kubernetes-sigs+kustomize/cmd/config/internal/commands/e2e/e2econtainersimplegenerator/Dockerfile',
  ])('%s is printed as it is', (path) => {
    expect(couldBeSecret(path)).toBe(false);
    expect(redact(`found in ${path}:48`)).toBe(`found in ${path}:48`);
  });

  it('a token in a path, and a base64 key that has slashes, are still redacted', () => {
    const token = `ghp_${fake(ALNUM, 36, 'path-redaction-ghp')}`;
    expect(redact(`deploy/${token}/values.yaml`)).not.toContain(token);
    const key = `${fake(B64, 20, 'path-redaction-b64')}/${fake(B64, 19, 'path-redaction-b64b')}+x`;
    expect(couldBeSecret(key)).toBe(true);
  });
});
