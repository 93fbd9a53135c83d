// Property: for generated secrets planted in generated files, no renderer output (text, JSON,
// markdown, SARIF, annotations) contains the secret or a long window of it.
import fc from 'fast-check';
import { scanSecrets } from '../../src/scanners/secrets/index.js';
import { ALNUM, B64URL, HEX } from '../../src/scanners/secrets/fake.js';
import { shannonEntropy } from '../../src/scanners/secrets/entropy.js';
import { isPlaceholderOrReference } from '../../src/scanners/secrets/placeholders.js';
import { loadManifestText } from '../../src/manifest/load.js';
import { defaultPolicy } from '../../src/policy/policy.js';
import { repositoryVerdict } from '../../src/scorecard/repository.js';
import { scoreWorkload } from '../../src/scorecard/scorecard.js';
import { createRepoView } from '../../src/engine/repo-view.js';
import { render, FORMATS } from '../../src/render/index.js';
import { annotationsFor } from '../../src/render/annotations.js';
import type { Report } from '../../src/report/types.js';
import { cleanupTrees, makeTree } from '../helpers/tmp-tree.js';

afterAll(cleanupTrees);

const chars = (alphabet: string, n: number) => fc.array(fc.constantFrom(...alphabet.split('')), { minLength: n, maxLength: n }).map((a) => a.join(''));
const secrets = fc
  .oneof(
    chars(ALNUM, 40).map((b) => `sk_live_${b}`),
    chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16).map((b) => `AKIA${b}`),
    chars(HEX, 64).map((b) => `dop_v1_${b}`),
    chars(B64URL, 28),
    chars(ALNUM, 18).map((p) => `postgres://app:${p}@db.internal:5432/orders`),
  )
  .filter((s) => !isPlaceholderOrReference(s) && shannonEntropy(s) >= 3.5);

const placements: [string, (s: string) => string][] = [
  ['app/settings.py', (s) => `DB_PASSWORD = "${s}"\nprint(f"connecting with {DB_PASSWORD}")`],
  ['k8s/deploy.yaml', (s) => `env:\n  - name: API_TOKEN\n    value: "${s}"`],
  ['.env', (s) => `SERVICE_SECRET=${s}`],
  ['app/client.ts', (s) => `const apiKey = '${s}'; console.log(apiKey);`],
];

const MANIFEST = 'apiVersion: readiness-gate/v1\nname: svc\ntier: production\nidentity: { type: SystemAssigned }\n';

it('no renderer output contains a secret the scanner found', () => {
  const root = makeTree({ 'readiness.yaml': MANIFEST });
  const { workload } = loadManifestText(root, 'readiness.yaml', MANIFEST);
  const policy = defaultPolicy();
  fc.assert(
    fc.property(secrets, fc.constantFrom(...placements), fc.array(fc.constantFrom('import os', 'name: api', '# note', ''), { maxLength: 5 }), (secret, [path, template], filler) => {
      const text = [...filler, template(secret), ...filler].join('\n');
      const findings = scanSecrets({ path, text, context: 'source' });
      expect(findings.some((f) => f.category === 'secret')).toBe(true);
      const score = scoreWorkload(workload!, { files: [path], findings, images: [], containers: [], networkPolicies: [] }, policy, createRepoView(root, [path], 1 << 20), (f) => !f.suppression, new Date('2026-11-23'));
      const report: Report = {
        tool: { name: 'readiness-gate', version: '0' },
        ready: false,
        verdict: 'Not ready',
        policy: policy.source,
        workloads: [score],
        findings,
        images: [],
        orphans: [],
        scannedPath: 'services/api',
        // The same findings once more as secrets no workload owns: the repository verdict must not leak them either.
        repository: (({ blocking, warnings, results }) => ({ blocking, warnings, results }))(
          repositoryVerdict({ policy, workloadCount: 1, findings, deployables: [], ownedByAny: () => false, isBlocking: (f) => !f.suppression }),
        ),
        stats: { filesListed: 1, filesScanned: 1, bytesScanned: text.length, skipped: {} },
      };
      const outputs = [...FORMATS.map((format) => render(report, format, { color: true })), JSON.stringify(annotationsFor(report))];
      // The secret's distinctive part: what follows a well-known prefix.
      const core = secret.replace(/^(sk_live_|AKIA|dop_v1_|postgres:\/\/app:)/, '').slice(0, 12);
      for (const out of outputs) {
        expect(out.includes(secret)).toBe(false);
        expect(out.includes(core)).toBe(false);
      }
    }),
    { numRuns: 150, seed: 11 },
  );
});
