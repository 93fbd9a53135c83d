// Property: a value the scanner would flag, planted in a file or directory name wherever the
// gate names files (a finding's file, a directory on the way, an unscanned file in a workload or
// outside every workload, an orphan deployable, an unpinned image's manifest, a secret no
// workload owns, an inline allow the PR adds, and a waiver's approver quoted by approval in
// review), never appears unredacted in any output: text,
// JSON, markdown (the job summary), SARIF, annotations, the check run's output and the comment.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { runCheck } from '../../src/engine/run-check.js';
import type { ReviewFacts } from '../../src/engine/waiver-approval.js';
import { annotationsFor } from '../../src/render/annotations.js';
import { renderCheckRun } from '../../src/render/check-run.js';
import { renderComment } from '../../src/render/comment.js';
import { FORMATS, render } from '../../src/render/index.js';
import type { Report } from '../../src/report/types.js';
import { scanSecrets } from '../../src/scanners/secrets/index.js';
import { ALNUM } from '../scanners/secrets/fake.js';
import { isPlaceholderOrReference } from '../../src/scanners/secrets/placeholders.js';
import { documentedPrefix } from '../../src/scanners/secrets/redact.js';

const EXAMPLE = path.resolve('examples/production-ready');
const chars = (alphabet: string, n: number) => fc.array(fc.constantFrom(...alphabet.split('')), { minLength: n, maxLength: n }).map((a) => a.join(''));
const flaggedBare = (s: string) => scanSecrets({ path: 'notes.txt', text: `${s}\n`, context: 'source' }).some((f) => f.category === 'secret');
/** Values flagged on their own (a file name holds no `/` or `:`). */
const nameable = fc
  .oneof(chars(ALNUM, 40).map((b) => `sk_live_${b}`), chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16).map((b) => `AKIA${b}`), chars(ALNUM, 36).map((b) => `ghp_${b}`))
  .filter((s) => !isPlaceholderOrReference(s) && flaggedBare(s));

/** Binary bytes under a name that promises text: named as unscanned. */
const BINARY = Buffer.from(Array.from({ length: 512 }, (_, i) => (i % 7 === 0 ? 0 : (i * 73 + 41) % 256)));
const LEAKY_ENV = (s: string) => `SERVICE_SECRET=${s}\n`;
const DEPLOYMENT = (image: string) => `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: batch\nspec:\n  template:\n    spec:\n      containers:\n        - name: batch\n          image: ${image}\n`;
/** The workload owns these; `tools/` and `deploy/` are nobody's. */
const OWNED = ['app', 'k8s', 'docs', 'contracts', 'Dockerfile', 'CHANGELOG.md', 'requirements.txt'];

type Place = 'finding' | 'directory' | 'unscanned-owned' | 'unscanned-unowned' | 'orphan' | 'unpinned-image' | 'unowned-secret' | 'new-inline-allow' | 'waiver-approver';
const PLACES: Place[] = ['finding', 'directory', 'unscanned-owned', 'unscanned-unowned', 'orphan', 'unpinned-image', 'unowned-secret', 'new-inline-allow', 'waiver-approver'];

/** Reviews as the action would read them: nobody has approved yet. */
const NO_REVIEWS: ReviewFacts = { headSha: 'b'.repeat(40), author: 'someone', reviews: async () => ({ ok: true, value: [] }), teamMember: async () => ({ ok: true, value: false }) };

const scratch: string[] = [];
afterAll(() => scratch.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function put(root: string, rel: string, content: string | Buffer): void {
  mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
  writeFileSync(path.join(root, rel), content);
}

const git = (cwd: string, ...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] }).toString('utf8').trim();

/** The example with the workload narrowed to OWNED, the secret planted in a name at `place`; the base ref when the plant is a PR's. */
function plant(secret: string, place: Place): { root: string; baseRef?: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'rg-names-'));
  scratch.push(root);
  cpSync(EXAMPLE, root, { recursive: true });
  const manifest = readFileSync(path.join(root, 'readiness.yaml'), 'utf8');
  writeFileSync(path.join(root, 'readiness.yaml'), manifest.replace('tier: production\n', `tier: production\npaths: [${OWNED.join(', ')}]\n`));
  switch (place) {
    case 'finding':
      return put(root, `app/${secret}.env`, LEAKY_ENV(secret)), { root };
    case 'directory':
      return put(root, `app/${secret}/settings.env`, LEAKY_ENV(secret)), { root };
    case 'unscanned-owned':
      return put(root, `app/${secret}.yaml`, BINARY), { root };
    case 'unscanned-unowned':
      return put(root, `tools/${secret}.yaml`, BINARY), { root };
    case 'orphan':
      return put(root, `deploy/${secret}.yaml`, DEPLOYMENT('registry.example.com/batch:1.0.0')), { root };
    case 'unpinned-image':
      return put(root, `k8s/${secret}.yaml`, DEPLOYMENT('nginx:latest')), { root };
    case 'unowned-secret':
      return put(root, `tools/${secret}.env`, LEAKY_ENV(secret)), { root };
    case 'waiver-approver': {
      // Not a name but a manifest value the approval sentence quotes: "its approver (...) names no GitHub login".
      put(root, '.github/readiness-policy.yml', `${readFileSync(path.join(root, '.github/readiness-policy.yml'), 'utf8')}waivers:\n  approval_in_review: true\n`);
      git(root, 'init', '-q', '-b', 'main');
      git(root, 'add', '-A');
      git(root, 'commit', '-qm', 'base');
      const baseRef = git(root, 'rev-parse', 'HEAD');
      const head = readFileSync(path.join(root, 'readiness.yaml'), 'utf8').replace('  monthly_budget: 2000\n', '');
      put(root, 'readiness.yaml', `${head}\nwaivers:\n  - { control: cost_guardrails, reason: pending, approver: '${secret}', expires: 2026-12-20 }\n`);
      git(root, 'commit', '-qam', 'head');
      return { root, baseRef };
    }
    case 'new-inline-allow': {
      git(root, 'init', '-q', '-b', 'main');
      git(root, 'add', '-A');
      git(root, 'commit', '-qm', 'base');
      const baseRef = git(root, 'rev-parse', 'HEAD');
      put(root, `app/${secret}.py`, `API_KEY = "${secret}"  # readiness-gate:allow fixture\n`);
      git(root, 'add', '-A');
      git(root, 'commit', '-qm', 'head');
      return { root, baseRef };
    }
  }
}

function outputs(report: Report): string[] {
  const annotations = annotationsFor(report);
  const links = { serverUrl: 'https://github.com', repository: 'acme/deploy', sha: 'a'.repeat(40) };
  return [
    ...FORMATS.map((format) => render(report, format, { color: false })),
    JSON.stringify(annotations),
    JSON.stringify(renderCheckRun(report, annotations, { links, scope: 'all' })),
    renderComment(report, { links, checkName: 'Readiness' }).body,
  ];
}

function expectNoLeak(texts: string[], secret: string): void {
  const prefix = documentedPrefix(secret);
  const core = secret.slice(prefix.length, prefix.length + 8);
  for (const raw of texts) {
    // Markdown escapes punctuation and URLs percent-encode: look through both.
    let decoded = raw;
    try {
      decoded = decodeURIComponent(raw);
    } catch {
      // not URL-encoded text
    }
    for (const out of [raw, raw.replace(/\\/g, ''), decoded]) {
      expect(out.includes(secret)).toBe(false);
      expect(out.includes(core)).toBe(false);
    }
  }
}

it('each place the gate names a file is reached by its plant', async () => {
  // Guards the property below: each plant must put its file name into the report.
  const secret = `sk_live_${'Q7wErTy9UiOp3AsDfGhJkL2zXcVbNm4Q8wErTy1u'}`;
  expect(flaggedBare(secret)).toBe(true);
  const where = async (place: Place) => {
    const { root, baseRef } = plant(secret, place);
    const report = await runCheck({ root, now: new Date('2026-11-23'), reviews: NO_REVIEWS, ...(baseRef ? { baseRef } : {}) });
    const json = JSON.stringify(report);
    return json.includes('sk_live_…');
  };
  for (const place of PLACES) expect([place, await where(place)]).toEqual([place, true]);
});

it('a secret in any file or directory name is redacted in every output', async () => {
  await fc.assert(
    fc.asyncProperty(nameable, fc.constantFrom(...PLACES), async (secret, place) => {
      const { root, baseRef } = plant(secret, place);
      const report = await runCheck({ root, now: new Date('2026-11-23'), reviews: NO_REVIEWS, ...(baseRef ? { baseRef } : {}) });
      expectNoLeak(outputs(report), secret);
    }),
    { numRuns: 48, seed: 3333 },
  );
});
