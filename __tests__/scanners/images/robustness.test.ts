import fc from 'fast-check';
import { scanImages } from '../../../src/scanners/images/index.js';
import { scanDeployables } from '../../../src/scanners/deployables.js';
import { scanKubernetes } from '../../../src/scanners/kubernetes/index.js';

const PATHS = [
  'Dockerfile',
  'deploy/app.yaml',
  'docker-compose.yml',
  'charts/x/values.yaml',
  'charts/x/templates/d.yaml',
  'kustomization.yaml',
  '.github/workflows/ci.yml',
  'action.yml',
  'pod.json',
];

// Fragments that steer random text towards the interesting parsers.
const FRAGMENT = fc.constantFrom(
  'apiVersion: v1\n',
  'kind: Pod\n',
  'kind: List\n',
  'services:\n',
  'image: ',
  '  image:\n',
  '    repository: ',
  'tag: ',
  'FROM ',
  'ARG X=${Y:-',
  ' AS b\n',
  'COPY --from=',
  '{{ .Values.x }}',
  '- name: c\n',
  'containers:\n',
  '&a ',
  '*a\n',
  '<<: *a\n',
  '---\n',
  '\\\n',
  'nginx:latest',
  '"',
  "'",
  '\t',
);

describe('scanners are total', () => {
  it('never throw on arbitrary text', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PATHS),
        fc.array(fc.oneof(FRAGMENT, fc.string({ maxLength: 12 })), { maxLength: 40 }),
        (path, parts) => {
          const file = { path, text: parts.join(''), context: 'source' as const };
          const refs = scanImages(file);
          for (const ref of refs) {
            expect(ref.line).toBeGreaterThanOrEqual(1);
            expect(ref.column).toBeGreaterThanOrEqual(1);
          }
          scanKubernetes(file);
          scanDeployables(file);
        },
      ),
      { numRuns: 300, seed: 20240601 },
    );
  });

  it('handles long lines quickly', () => {
    const start = Date.now();
    const long = 'a-'.repeat(50_000);
    scanImages({ path: 'deploy/x.yaml', text: `apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - image: ${long}!\n`, context: 'source' });
    scanImages({ path: 'Dockerfile', text: `FROM ${long}\nARG ${'A'.repeat(100_000)}=\n`, context: 'source' });
    scanImages({ path: 'charts/x/templates/y.yaml', text: `${' '.repeat(100_000)}image: {{ x }}\n`, context: 'source' });
    expect(Date.now() - start).toBeLessThan(2000);
  });
});
