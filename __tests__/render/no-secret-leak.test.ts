// Property: for generated secrets planted in generated files, no renderer output (text, JSON,
// markdown, SARIF, annotations) contains the secret or a long window of it.
import fc from 'fast-check';
import { scanSecrets } from '../../src/scanners/secrets/index.js';
import { ALNUM, B64URL, HEX } from '../scanners/secrets/fake.js';
import { shannonEntropy } from '../../src/scanners/secrets/entropy.js';
import { isPlaceholderOrReference } from '../../src/scanners/secrets/placeholders.js';
import { loadManifestText } from '../../src/manifest/load.js';
import { defaultPolicy } from '../../src/policy/policy.js';
import { repositoryVerdict } from '../../src/scorecard/repository.js';
import { scoreWorkload } from '../../src/scorecard/scorecard.js';
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
      const score = scoreWorkload(workload!, { findings, images: [], containers: [], networkPolicies: [], telemetry: [], exposures: [], paths: [] }, policy, (f) => !f.suppression, new Date('2026-11-23'));
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

// ---------------------------------------------------------------------------------------------
// End to end through runCheck: a value the scanner would flag in a file, planted in a file, in any
// manifest or policy string field, or in a file name, never appears unredacted in any output.
// ---------------------------------------------------------------------------------------------
import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import nodePath from 'node:path';
import { parse, stringify } from 'yaml';
import { runCheck } from '../../src/engine/run-check.js';
import { ConfigurationFailure } from '../../src/config/failure.js';
import { formatConfigError } from '../../src/errors.js';
import { documentedPrefix } from '../../src/scanners/secrets/redact.js';
import { renderCheckRun } from '../../src/render/check-run.js';
import { renderComment } from '../../src/render/comment.js';

const EXAMPLE = nodePath.resolve('examples/production-ready');
// With a waiver, so its reason and approver are fields a secret can be planted in too.
const BASE_MANIFEST = { ...(parse(readFileSync(nodePath.join(EXAMPLE, 'readiness.yaml'), 'utf8')) as Record<string, unknown>), waivers: [{ control: 'release', reason: 'first release', approver: '@release-lead', expires: '2026-12-20' }] };
const BASE_POLICY = {
  apiVersion: 'readiness-gate/v1',
  api_catalog: ['customer-risk-read', { name: 'curated-sql-read', description: 'read the curated views' }],
  least_privilege: { forbidden_roles: ['Owner', 'admin'], forbidden_scopes: ['all-datasets'] },
  findings: { allow_paths: ['fixtures/**'], custom_rules: [{ id: 'acme-token', description: 'ACME token', pattern: 'acme_[a-z0-9]{32}', keywords: ['acme_'] }] },
  waivers: { approval_in_review: true, approver_teams: ['acme/platform-leads'] },
};

/** Every string leaf of a YAML value, as a path of keys and indexes. */
function stringLeaves(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (typeof value === 'string') return [at];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringLeaves(v, [...at, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => stringLeaves(v, [...at, k]));
  return [];
}

function setAt(value: unknown, at: (string | number)[], replace: (old: string) => string): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let node = copy;
  for (const key of at.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = at[at.length - 1]!;
  node[last] = replace(node[last] as string);
  return copy;
}

const MANIFEST_LEAVES = stringLeaves(BASE_MANIFEST).filter((p) => p[0] !== 'apiVersion');
const POLICY_LEAVES = stringLeaves(BASE_POLICY).filter((p) => p[0] !== 'apiVersion');

/** What the scanner would flag in a file: the `.env` placement of the test above. */
const flaggedInFile = (s: string) => scanSecrets({ path: '.env', text: `SERVICE_SECRET=${s}\n`, context: 'source' }).some((f) => f.category === 'secret');
const flaggedBare = (s: string) => scanSecrets({ path: 'notes.txt', text: `${s}\n`, context: 'source' }).some((f) => f.category === 'secret');

const plantable = secrets.filter(flaggedInFile);
/** File names hold no `/` or `:`, and only a value flagged on its own is a secret there. */
const nameable = fc
  .oneof(chars(ALNUM, 40).map((b) => `sk_live_${b}`), chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16).map((b) => `AKIA${b}`), chars(ALNUM, 36).map((b) => `ghp_${b}`))
  .filter((s) => !isPlaceholderOrReference(s) && flaggedBare(s));

type Plant = { kind: 'manifest' | 'policy'; at: (string | number)[]; mode: 'replace' | 'append' } | { kind: 'file' } | { kind: 'filename' };

const plants: fc.Arbitrary<Plant> = fc.oneof(
  fc.record({ kind: fc.constant('manifest' as const), at: fc.constantFrom(...MANIFEST_LEAVES), mode: fc.constantFrom('replace' as const, 'append' as const) }),
  fc.record({ kind: fc.constant('policy' as const), at: fc.constantFrom(...POLICY_LEAVES), mode: fc.constantFrom('replace' as const, 'append' as const) }),
  fc.constant({ kind: 'file' as const }),
);

async function outputsFor(root: string): Promise<string[]> {
  try {
    const report = await runCheck({ root, now: new Date('2026-11-23') });
    const annotations = annotationsFor(report);
    const links = { serverUrl: 'https://github.com', repository: 'acme/deploy', sha: 'a'.repeat(40) };
    // The check run's output and the PR comment are renderings of their own (titles, truncation).
    return [
      ...FORMATS.map((format) => render(report, format, { color: false })),
      JSON.stringify(annotations),
      JSON.stringify(renderCheckRun(report, annotations, { links, scope: 'all' })),
      renderComment(report, { links, checkName: 'Readiness' }).body,
    ];
  } catch (error) {
    if (!(error instanceof ConfigurationFailure)) throw error;
    return [error.message, ...error.errors.map(formatConfigError)];
  }
}

function expectNoLeak(outputs: string[], secret: string): void {
  const prefix = documentedPrefix(secret);
  const core = secret.slice(prefix.length, prefix.length + 8);
  for (const raw of outputs) {
    // Markdown escapes punctuation with backslashes: look through them.
    for (const out of [raw, raw.replace(/\\/g, '')]) {
      expect(out.includes(secret)).toBe(false);
      expect(out.includes(core)).toBe(false);
    }
  }
}

const scratch: string[] = [];
afterAll(() => scratch.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function exampleTree(): string {
  const root = mkdtempSync(nodePath.join(tmpdir(), 'rg-leak-'));
  scratch.push(root);
  cpSync(EXAMPLE, root, { recursive: true });
  return root;
}

it('a secret planted in a file, any manifest field or any policy field is redacted in every output', async () => {
  await fc.assert(
    fc.asyncProperty(plantable, plants, async (secret, plant) => {
      const root = exampleTree();
      let manifest: unknown = BASE_MANIFEST;
      let policy: unknown = BASE_POLICY;
      const put = (old: string) => (plant.kind !== 'file' && plant.kind !== 'filename' && plant.mode === 'append' ? `${old} ${secret}` : secret);
      if (plant.kind === 'manifest') manifest = setAt(manifest, plant.at, put);
      if (plant.kind === 'policy') policy = setAt(policy, plant.at, put);
      if (plant.kind === 'file') writeFileSync(nodePath.join(root, 'app/settings.env'), `SERVICE_SECRET=${secret}\n`);
      writeFileSync(nodePath.join(root, 'readiness.yaml'), stringify(manifest));
      mkdirSync(nodePath.join(root, '.github'), { recursive: true });
      writeFileSync(nodePath.join(root, '.github/readiness-policy.yml'), stringify(policy));
      expectNoLeak(await outputsFor(root), secret);
    }),
    { numRuns: 80, seed: 1111 },
  );
});

it('a secret in a file name is redacted in every output', async () => {
  await fc.assert(
    fc.asyncProperty(nameable, fc.constantFrom('app', 'k8s', 'docs'), async (secret, dir) => {
      const root = exampleTree();
      // The file holds a finding too, so its path is printed in every format.
      writeFileSync(nodePath.join(root, dir, `${secret}.env`), `SERVICE_SECRET=${secret}\n`);
      expectNoLeak(await outputsFor(root), secret);
    }),
    { numRuns: 40, seed: 2222 },
  );
});

it('a token pasted into ownership.team is shown as its redacted preview, and the rest of the report is intact', async () => {
  const token = `ghp_${'Zq8Wm3Lx'.repeat(4)}Ab3d`;
  const root = exampleTree();
  writeFileSync(nodePath.join(root, 'readiness.yaml'), stringify(setAt(BASE_MANIFEST, ['ownership', 'team'], () => token)));
  const report = await runCheck({ root, now: new Date('2026-11-23') });
  const json = render(report, 'json');
  expect(json).not.toContain(token);
  // The manifest is a file of the workload: the token is also a finding there, shown as a preview.
  expect(report.findings.map((f) => [f.path, f.redacted])).toEqual([['readiness.yaml', 'ghp_\u2026[40 chars]']]);
  expect(json).toContain('ghp_\u2026[40 chars]');
  expect(report.workloads[0]!.name).toBe('ai-risk-service');
});

it('fingerprints are withheld from JSON and SARIF without a key, and published with one', async () => {
  const root = exampleTree();
  writeFileSync(nodePath.join(root, 'app/settings.env'), `SERVICE_SECRET=${'q8Zr3Lm9Xw2Vb7Nc5Kd1'}\n`);
  const unkeyed = await runCheck({ root, now: new Date('2026-11-23'), fingerprintKey: undefined });
  expect(unkeyed.findings.length).toBeGreaterThan(0);
  expect(render(unkeyed, 'json')).not.toMatch(/"fingerprint"/);
  const findingResults = (sarif: string) => (JSON.parse(sarif) as { runs: { results: { ruleId: string; partialFingerprints?: Record<string, string> }[] }[] }).runs[0]!.results.filter((r) => r.ruleId.startsWith('secrets/'));
  const unkeyedResults = findingResults(render(unkeyed, 'sarif'));
  expect(unkeyedResults).toHaveLength(unkeyed.findings.length);
  for (const r of unkeyedResults) expect(r).not.toHaveProperty('partialFingerprints');
  const keyed = await runCheck({ root, now: new Date('2026-11-23'), fingerprintKey: 'a-per-repository-key-0123456789' });
  expect(keyed.findings.every((f) => /^[0-9a-f]{32}$/.test(f.fingerprint ?? ''))).toBe(true);
  expect(findingResults(render(keyed, 'sarif')).map((r) => r.partialFingerprints?.['readinessGate/v1'])).toEqual(keyed.findings.map((f) => f.fingerprint));
  // Another key, other fingerprints: without the key a guess cannot be checked against them.
  const other = await runCheck({ root, now: new Date('2026-11-23'), fingerprintKey: 'another-repository-key-98765' });
  expect(other.findings[0]!.fingerprint).not.toBe(keyed.findings[0]!.fingerprint);
});
