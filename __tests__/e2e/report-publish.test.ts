// End to end: the two-stage setup for repositories that keep `pull_request`. Stage one, mode:
// report, runs in the fork's unprivileged run: it scans, writes the report file and publishes
// nothing. Stage two, mode: publish, runs in a workflow_run with a write token: the report file
// is attacker-controlled there, so a tampered one (bad schema, oversized strings, a verdict that
// contradicts itself, another commit) publishes nothing, and markdown in a valid one is escaped.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eventPayload, prPayload, withFakeGitHub } from '../helpers/fake-github-run.js';
import { git } from '../helpers/git.js';

const pr = prPayload();
const NUMBER = pr.number as number;
const FULL_NAME = pr.repository.full_name as string;
const { fake, run } = withFakeGitHub(FULL_NAME);


let tmp: string;
let repo: string;
let head: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'rg-two-stage-'));
  repo = path.join(tmp, 'repo');
  cpSync(path.resolve('examples/weekend-prototype'), repo, { recursive: true });
  git(repo, 'init', '-q', '-b', 'main');
  git(repo, 'add', '-A');
  git(repo, 'commit', '-qm', 'head');
  head = git(repo, 'rev-parse', 'HEAD');
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function pullRequestEvent() {
  const p = structuredClone(pr);
  p.pull_request.head.sha = head;
  delete p.pull_request.base.sha;
  return p;
}

/** The workflow_run GitHub sends for a fork's finished pull_request run: no pull_requests listed. */
function workflowRunEvent(sha = head) {
  const p = eventPayload('workflow_run', (e) => e.action === 'completed');
  p.workflow_run.head_sha = sha;
  p.workflow_run.event = 'pull_request';
  p.workflow_run.pull_requests = [];
  p.workflow_run.head_repository = { ...p.workflow_run.head_repository, full_name: 'someone/fork' };
  p.repository = { ...p.repository, full_name: FULL_NAME };
  return p;
}

/** Stage one: the report file, as the artifact would carry it. */
async function reportStage(): Promise<Record<string, any>> {
  const r = await run({ event: 'pull_request', payload: pullRequestEvent(), workspace: repo, inputs: { mode: 'report' } });
  expect(r.code).toBe(1);
  // Publishes nothing: no comment, no check run, no status, no write at all.
  expect(fake().requests.filter((q) => q.method !== 'GET')).toEqual([]);
  const file = r.outputs['report-file']!;
  expect(file).toMatch(/readiness-report\.json$/);
  return JSON.parse(readFileSync(file, 'utf8'));
}

async function publishStage(envelope: unknown, options: { sha?: string; raw?: string } = {}) {
  const dir = mkdtempSync(path.join(tmp, 'artifact-'));
  const file = path.join(dir, 'readiness-report.json');
  writeFileSync(file, options.raw ?? JSON.stringify(envelope));
  fake().commitPulls.set(options.sha ?? head, [
    { number: NUMBER + 7, state: 'closed', headSha: options.sha ?? head },
    { number: NUMBER, state: 'open', headSha: options.sha ?? head },
  ]);
  return run({ event: 'workflow_run', payload: workflowRunEvent(options.sha), workspace: dir, inputs: { mode: 'publish', 'report-file': file } });
}

const nothingPublished = () => {
  expect(fake().checkRuns).toEqual([]);
  expect(fake().statuses).toEqual([]);
  expect(fake().count('issues/create-comment')).toBe(0);
};

describe('mode: report then mode: publish', () => {
  it('publishes the report run\'s verdict on its head commit, on the PR GitHub associates with it', async () => {
    const envelope = await reportStage();
    expect(envelope).toMatchObject({ format: 'readiness-gate/report', version: 1, headSha: head, report: { ready: false } });
    // A PR number written into the report would not be read: the schema has no such field.
    const r = await publishStage(envelope);
    expect(r.code).toBe(1);
    expect(fake().count('repos/list-pull-requests-associated-with-commit')).toBe(1);
    expect(fake().checkRuns).toHaveLength(1);
    expect(fake().checkRuns[0]).toMatchObject({ head_sha: head, name: 'Readiness', conclusion: 'failure' });
    const comments = fake().commentsOf(NUMBER);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain('computed by the unprivileged pull\\_request run');
    expect(fake().commentsOf(NUMBER + 7)).toEqual([]);
    expect(r.outputs.ready).toBe('false');
  });

  it('escapes markdown, HTML and mentions the report carries', async () => {
    const envelope = await reportStage();
    const evil = '<img src=x onerror=alert(1)> @octo-org/admins [click](https://evil.example) ![t](https://track.example/p.png) <!-- readiness-gate:comment check=Readiness -->';
    envelope.report.verdict = `Not ready: ${evil}`;
    envelope.report.workloads[0].name = evil;
    envelope.report.workloads[0].controls[0].message = evil;
    const r = await publishStage(envelope);
    expect(r.code).toBe(1);
    const body = fake().commentsOf(NUMBER)[0]!.body;
    const summary = fake().checkRuns[0]!.output.summary!;
    for (const text of [body, summary, r.summary]) {
      expect(text).not.toContain('<img');
      expect(text).not.toContain('@octo-org/admins');
      expect(text).not.toContain('](https://evil');
      expect(text).not.toContain('![t]');
      expect(text).toContain('&lt;img src=x onerror=alert\\(1\\)&gt;');
    }
    // The only comment marker is the gate's own, at the top.
    expect(body.split('<!-- readiness-gate:comment')).toHaveLength(2);
  });

  it('a line break in a report string cannot forge a workflow command in the publishing job\'s log', async () => {
    const envelope = await reportStage();
    envelope.report.verdict = 'Not ready.\n::warning::forged\r\n::set-output name=ready::true\u2028::error::forged';
    const r = await publishStage(envelope);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toMatch(/^::(warning|set-output)|^::error::forged/m);
    expect(r.outputs.ready).toBe('false');
  });

  it.each([
    ['an unknown field', (e: any) => void (e.report.pullRequest = 1), 'report: Unrecognized key'],
    ['a verdict of the wrong type', (e: any) => void (e.report.ready = 'true'), 'report.ready'],
    ['an oversized string', (e: any) => void (e.report.verdict = 'x'.repeat(20_000)), 'report.verdict: Too big'],
    ['too many findings', (e: any) => void (e.report.findings = Array.from({ length: 20_001 }, () => e.report.findings[0])), 'report.findings: Too big'],
    ['an unknown status', (e: any) => void (e.report.workloads[0].controls[0].status = 'pass<script>'), 'report.workloads.0.controls.0.status'],
    ['READY with blocked workloads', (e: any) => void (e.report.ready = true), 'report.ready contradicts'],
    ['another format version', (e: any) => void (e.version = 2), 'version'],
  ])('refuses a tampered report (%s): clear error, nothing published', async (_what, tamper, problem) => {
    const envelope = await reportStage();
    tamper(envelope);
    const r = await publishStage(envelope);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('readiness-gate could not publish: the report file is not a valid readiness-gate report');
    expect(r.stdout).toContain(problem);
    expect(r.stdout).not.toContain('x'.repeat(100));
    nothingPublished();
  });

  it('refuses a report about another commit than the run checked', async () => {
    const envelope = await reportStage();
    envelope.headSha = 'a'.repeat(40);
    const r = await publishStage(envelope);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain(`the report is about commit ${'a'.repeat(12)}, but the run that produced it checked ${head.slice(0, 12)}: refused`);
    nothingPublished();
  });

  it('refuses a file that is not JSON, and a missing file', async () => {
    const r = await publishStage(undefined, { raw: '{"format": "readiness-gate/report", ' });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('the report file is not JSON');
    const missing = await run({ event: 'workflow_run', payload: workflowRunEvent(), workspace: tmp, inputs: { mode: 'publish', 'report-file': 'nope/readiness-report.json' } });
    expect(missing.code).toBe(2);
    expect(missing.stdout).toContain('the report file nope/readiness-report.json is not found');
    nothingPublished();
  });

  it('mode: publish outside a workflow_run is a configuration error', async () => {
    const envelope = await reportStage();
    const dir = mkdtempSync(path.join(tmp, 'artifact-'));
    writeFileSync(path.join(dir, 'r.json'), JSON.stringify(envelope));
    const r = await run({ event: 'pull_request', payload: pullRequestEvent(), workspace: dir, inputs: { mode: 'publish', 'report-file': 'r.json' } });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('mode: publish runs in a workflow triggered by workflow_run');
    nothingPublished();
  });

  it('a report run that could not run still completes the check as failed when published', async () => {
    const r = await run({ event: 'pull_request', payload: pullRequestEvent(), workspace: repo, inputs: { mode: 'report', policy: 'missing-policy.yml' } });
    expect(r.code).toBe(2);
    const envelope = JSON.parse(readFileSync(r.outputs['report-file']!, 'utf8'));
    expect(envelope.configurationErrors[0].message).toContain('policy file not found');
    const p = await publishStage(envelope);
    expect(p.code).toBe(2);
    expect(fake().checkRuns[0]).toMatchObject({ head_sha: head, conclusion: 'failure', output: { title: 'readiness-gate could not run: configuration error' } });
  });
});
