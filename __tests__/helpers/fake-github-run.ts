// Runs the built action (dist/index.js) as the Actions runner would against a FakeGitHub:
// every input action.yml declares set from its default (INPUT_* with hyphens kept), the event
// payload from @octokit/webhooks-examples written to GITHUB_EVENT_PATH, and the runner's files.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { FakeGitHub, FakeGitHub as FakeGitHubClass } from './fake-github.js';
import { runNode, runnerEnv, type ProcessResult } from './run-process.js';

const ACTION = path.resolve('dist/index.js');
/** Looks like a GitHub token so a leak would be found by searching for it. */
export const TOKEN = 'ghs_fakeTokenForTests0123456789abcdefABCD';
/** What GITHUB_SHA holds on pull_request: the merge commit, which the check must not go to. */
export const MERGE_SHA = 'f'.repeat(40);

type Example = { name: string; examples: Record<string, unknown>[] };
const webhooks = createRequire(import.meta.url)('@octokit/webhooks-examples') as Example[];

/** A real payload GitHub sends for the event (optionally a given action), deep-copied. */
export function eventPayload(name: 'pull_request' | 'pull_request_review' | 'push' | 'merge_group' | 'workflow_dispatch' | 'workflow_run', pick: (p: Record<string, unknown>) => boolean = () => true): Record<string, any> {
  const found = webhooks.find((w) => w.name === name)?.examples.find(pick);
  if (!found) throw new Error(`no ${name} example in @octokit/webhooks-examples`);
  return structuredClone(found);
}

export const prPayload = () => eventPayload('pull_request', (p) => p.action === 'synchronize');

export interface ActionRun extends ProcessResult {
  outputs: Record<string, string>;
  summary: string;
  tmp: string;
}

export interface RunOptions {
  event: string;
  payload: Record<string, any>;
  example?: string;
  workspace?: string;
  inputs?: Record<string, string>;
  env?: Record<string, string>;
}

const defaults = Object.fromEntries(
  Object.entries((parse(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, { default?: string }> }).inputs).map(([k, v]) => [k, k === 'github-token' ? TOKEN : (v.default ?? '')]),
);

export async function runAction(fake: FakeGitHub, options: RunOptions): Promise<ActionRun> {
  const tmp = mkdtempSync(path.join(tmpdir(), 'rg-publish-'));
  const workspace = options.workspace ?? path.join(tmp, 'workspace');
  if (!options.workspace) cpSync(path.resolve('examples', options.example ?? 'weekend-prototype'), workspace, { recursive: true });
  const files = { output: path.join(tmp, 'output'), summary: path.join(tmp, 'summary.md'), event: path.join(tmp, 'event.json') };
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  writeFileSync(files.event, JSON.stringify(options.payload));
  const inputs = { ...defaults, ...options.inputs };
  const env = runnerEnv({
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_EVENT_NAME: options.event,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_API_URL: fake.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: `${fake.owner}/${fake.repo}`,
    GITHUB_SHA: MERGE_SHA,
    GITHUB_RUN_ID: '4242',
    RUNNER_TEMP: path.join(tmp, 'runner-temp'),
    // No 1 s gap between writes and a 10 ms 5xx backoff base, so the suite stays fast;
    // rate limits still wait as long as retry-after says.
    READINESS_GATE_WRITE_INTERVAL_MS: '0',
    READINESS_GATE_RETRY_BASE_MS: '10',
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
    ...options.env,
  });
  const result = await runNode(ACTION, [], { cwd: workspace, env });
  return { ...result, outputs: parseOutputs(readFileSync(files.output, 'utf8')), summary: readFileSync(files.summary, 'utf8'), tmp };
}

/** GITHUB_OUTPUT uses `name<<delimiter` blocks. */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^([^<\n]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (let m = re.exec(text); m; m = re.exec(text)) out[m[1]!] = m[3]!;
  return out;
}

/**
 * A FakeGitHub per test for `owner/repo`, and a `run` that remembers its runs; after each test
 * it asserts no request broke GitHub's description and the token appeared in no output.
 */
export function withFakeGitHub(fullName: string): { fake: () => FakeGitHub; run: (options: RunOptions) => Promise<ActionRun> } {
  const [owner, repo] = fullName.split('/') as [string, string];
  let fake: FakeGitHub | undefined;
  const runs: ActionRun[] = [];
  beforeEach(async () => {
    fake = await new FakeGitHubClass(owner, repo).start();
  });
  afterEach(async () => {
    await fake!.stop();
    expect(fake!.violations).toEqual([]);
    for (const r of runs.splice(0)) {
      for (const text of [r.stdout, r.stderr, r.summary, JSON.stringify(r.outputs)]) expect(text).not.toContain(TOKEN);
      rmSync(r.tmp, { recursive: true, force: true });
    }
  });
  return {
    fake: () => fake!,
    run: async (options) => {
      const r = await runAction(fake!, options);
      runs.push(r);
      return r;
    },
  };
}
