// The check run on the PR head commit, its annotations in batches of 50, and the job log's
// workflow-command annotations capped at 10 per level; outputs and summary.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { MERGE_SHA, prPayload, withFakeGitHub } from '../helpers/fake-github-run.js';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';

const pr = prPayload();
const HEAD = pr.pull_request.head.sha as string;
const { fake, run } = withFakeGitHub(pr.repository.full_name);

/** The weekend prototype with 120 more unpinned images: 129 annotations in all. */
function busyWorkspace(): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'rg-busy-')), 'workspace');
  cpSync(path.resolve('examples/weekend-prototype'), dir, { recursive: true });
  writeFileSync(path.join(dir, 'Dockerfile'), Array.from({ length: 120 }, (_, i) => `FROM nginx:latest AS s${i + 1}`).join('\n') + '\n');
  return dir;
}

describe('the check run', () => {
  it('goes on the head SHA, never the merge commit, and concludes failure with the annotations', async () => {
    const r = await run({ event: 'pull_request', payload: pr, inputs: { annotations: 'all' } });
    expect(r.code).toBe(1);
    const runs = fake().checkRuns;
    expect(runs).toHaveLength(1);
    const c = runs[0]!;
    expect(c).toMatchObject({ name: 'Readiness', head_sha: HEAD, status: 'completed', conclusion: 'failure' });
    expect(c.head_sha).not.toBe(MERGE_SHA);
    expect(c.output.title).toBe('Not ready: 6 blockers');
    expect(c.output.summary).toContain('### Fix first');
    // identity, 4 x secretless, least privilege, telemetry, API surface, image pinning.
    expect(c.annotations).toHaveLength(9);
    expect(c.annotations.every((a) => a.annotation_level === 'failure')).toBe(true);
    expect(c.annotations[0]).toMatchObject({ path: 'readiness.yaml', start_line: 10, end_line: 10 });
    expect(r.outputs['check-run-url']).toBe(`https://github.com/${pr.repository.full_name}/runs/${c.id}`);
    // Created in_progress before the scan, then one completing update.
    expect(fake().requests.find((q) => q.operationId === 'checks/create')!.body).toMatchObject({ name: 'Readiness', head_sha: HEAD, status: 'in_progress', details_url: `https://github.com/${pr.repository.full_name}/actions/runs/4242` });
    expect(fake().count('checks/create')).toBe(1);
    expect(fake().count('checks/update')).toBe(1);
  });

  it('outputs and the job summary', async () => {
    const r = await run({ event: 'pull_request', payload: pr });
    expect(r.outputs).toMatchObject({ ready: 'false', level: 'prototype', findings: '5', 'blocked-workloads': '["ai-risk-service"]', 'comment-url': expect.stringContaining('#issuecomment-') });
    expect(r.outputs.verdict).toMatch(/^Not ready/);
    expect(r.summary).toContain('## ❌ readiness-gate: not ready to promote');
    expect(readFileSync(r.outputs['report-markdown']!, 'utf8')).toBe(r.summary);
    expect(JSON.parse(readFileSync(r.outputs['report-json']!, 'utf8')).ready).toBe(false);
    expect(JSON.parse(readFileSync(r.outputs['sarif-file']!, 'utf8')).version).toBe('2.1.0');
  });

  it('annotations: changed keeps to the files and lines the pull request touches', async () => {
    // The PR changes lines 5-6 of the Python file only (a real unified diff).
    fake().pullFiles.set(pr.number, [{ filename: 'app/prototype.py', status: 'modified', patch: '@@ -3,4 +3,4 @@ import time\n \n-SQL_CONNECTION = "x"\n-AGENT_API_KEY = "y"\n+SQL_CONNECTION = "Server=..."\n+AGENT_API_KEY = "..."\n TOOL_SCOPE = "all-datasets"' }]);
    const r = await run({ event: 'pull_request', payload: pr });
    const c = fake().checkRuns[0]!;
    // secretless evidence lies in the touched file (4 lines); the rest is on files the PR leaves alone.
    expect(c.annotations.map((a) => `${a.path}:${a.start_line}`)).toEqual(['app/prototype.py:5', 'app/prototype.py:6', 'app/prototype.py:11', 'app/prototype.py:12']);
    expect(c.output.summary).toContain('Annotations cover the lines this pull request adds or changes');
    expect(r.stdout.match(/^::error title=/gm)).toHaveLength(4);
  });

  it('sends 129 annotations in batches of at most 50 and the log keeps 10 per level', async () => {
    const r = await run({ event: 'pull_request', payload: pr, workspace: busyWorkspace(), inputs: { annotations: 'all' } });
    const c = fake().checkRuns[0]!;
    expect(c.annotations).toHaveLength(129);
    expect(c.annotationBatches).toEqual([50, 50, 29]);
    expect(fake().count('checks/update')).toBe(3);
    const logged = r.stdout.match(/^::error title=/gm) ?? [];
    expect(logged).toHaveLength(10);
    // Every annotation the log leaves out is counted: shown + left out = all of them.
    const shown = (r.stdout.match(/^::(error|warning|notice) title=/gm) ?? []).length;
    expect(shown).toBeLessThanOrEqual(30);
    expect(r.stdout).toContain(`readiness-gate: ${129 - shown} more annotations (the log shows 10 per level) are in the check run and the SARIF report.`);
    // Most important first: the identity blocker leads both lists.
    expect(r.stdout).toMatch(/^::error title=ai-risk-service%3A Managed identity \(P0\),file=readiness.yaml,line=10::/m);
  });

  it('fail-on: never concludes neutral and exits 0', async () => {
    const r = await run({ event: 'pull_request', payload: pr, inputs: { 'fail-on': 'never' } });
    expect(r.code).toBe(0);
    expect(fake().checkRuns[0]).toMatchObject({ conclusion: 'neutral' });
  });

  it('check-run: false creates neither a check run nor a status', async () => {
    const r = await run({ event: 'pull_request', payload: pr, inputs: { 'check-run': 'false' } });
    expect(r.code).toBe(1);
    expect(fake().checkRuns).toEqual([]);
    expect(fake().statuses).toEqual([]);
    expect(r.outputs['check-run-url']).toBe('');
  });

  it('the ready example concludes success under its own check name', async () => {
    const r = await run({ event: 'pull_request', payload: pr, example: 'production-ready', inputs: { 'check-name': 'Gate / prod' } });
    expect(r.code).toBe(0);
    expect(fake().checkRuns[0]).toMatchObject({ name: 'Gate / prod', conclusion: 'success', output: { title: 'Ready to promote' } });
    expect(fake().commentsOf(pr.number)[0]!.body.startsWith('<!-- readiness-gate:comment check=Gate%20%2F%20prod ')).toBe(true);
  });

  it('a path input prefixes annotation paths and links with the scanned directory', async () => {
    const workspace = path.join(mkdtempSync(path.join(tmpdir(), 'rg-sub-')), 'workspace');
    cpSync(path.resolve('examples/weekend-prototype'), path.join(workspace, 'services/api'), { recursive: true });
    const r = await run({ event: 'pull_request', payload: pr, workspace, inputs: { path: 'services/api', annotations: 'all' } });
    expect(r.code).toBe(1);
    expect(fake().checkRuns[0]!.annotations[0]).toMatchObject({ path: 'services/api/readiness.yaml', start_line: 10 });
    expect(r.stdout).toMatch(/^::error title=ai-risk-service%3A Managed identity \(P0\),file=services\/api\/readiness.yaml,line=10::/m);
    expect(fake().commentsOf(pr.number)[0]!.body).toContain(`/blob/${HEAD}/services/api/readiness.yaml#L10)`);
  });
});
