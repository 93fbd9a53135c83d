// What GitHub refuses or fails: 403s name the missing permission and the verdict still holds;
// a 500 is retried; rate limits are waited out as retry-after says; without `checks` a commit
// status carries the verdict. Bad input exits 2 with the summary and SARIF still written.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { prPayload, withFakeGitHub } from '../helpers/fake-github-run.js';

const pr = prPayload();
const HEAD = pr.pull_request.head.sha as string;
const { fake, run } = withFakeGitHub(pr.repository.full_name);
const warnings = (stdout: string) => stdout.split('\n').filter((l) => l.startsWith('::warning::'));

describe('faults', () => {
  it('every write answered 403: one warning per write naming the permission, the verdict holds', async () => {
    fake().denied.add('all');
    const r = await run({ event: 'pull_request', payload: pr, inputs: { annotations: 'all' } });
    expect(r.code).toBe(1);
    const w = warnings(r.stdout);
    expect(w).toHaveLength(3);
    expect(w[0]).toContain('could not create the check run: GitHub answered 403 (Resource not accessible by integration); the token needs `checks: write`');
    expect(w.find((l) => l.includes('pull request comment'))).toContain('the token needs `issues: write or pull-requests: write`');
    expect(w.find((l) => l.includes('could not set the commit status'))).toContain('`statuses: write`');
    expect(r.stdout).toMatch(/^::error title=ai-risk-service%3A Managed identity/m);
    expect(r.summary).toContain('not ready to promote');
    expect(r.outputs).toMatchObject({ ready: 'false', 'comment-url': '', 'check-run-url': '' });
    expect(r.stderr).not.toMatch(/internal error|at .*\.js:\d+/);
  });

  it('a job without the checks permission gets a commit status on the head commit instead', async () => {
    fake().denied.add('checks');
    const r = await run({ event: 'pull_request', payload: pr });
    expect(r.code).toBe(1);
    expect(fake().checkRuns).toEqual([]);
    expect(fake().statuses).toHaveLength(1);
    const s = fake().statuses[0]!;
    expect(s).toMatchObject({ sha: HEAD, state: 'failure', context: 'Readiness', target_url: `https://github.com/${pr.repository.full_name}/actions/runs/4242` });
    expect(s.description!.length).toBeLessThanOrEqual(140);
    expect(s.description).toMatch(/^Not ready/);
    const w = warnings(r.stdout);
    expect(w).toHaveLength(1);
    expect(w[0]).toContain('`checks: write`');
    expect(w[0]).toContain('A commit status is set instead.');
    expect(fake().commentsOf(pr.number)).toHaveLength(1);
  });

  it('one 500, then success: the write is retried', async () => {
    fake().faults.push({ operationId: 'issues/create-comment', status: 500 });
    const r = await run({ event: 'pull_request', payload: pr });
    expect(r.code).toBe(1);
    expect(fake().requests.filter((q) => q.operationId === 'issues/create-comment').map((q) => q.status)).toEqual([500, 201]);
    expect(fake().commentsOf(pr.number)).toHaveLength(1);
    expect(warnings(r.stdout)).toEqual([]);
  });

  it('429 secondary rate limit with retry-after, and a primary limit on a later write, are waited out', async () => {
    const message = 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.';
    fake().faults.push({ operationId: 'checks/create', status: 429, message, headers: { 'retry-after': '1' } });
    fake().faults.push({ operationId: 'checks/update', status: 403, message, headers: { 'retry-after': '1' } });
    fake().faults.push({ operationId: 'issues/create-comment', status: 429, message: 'API rate limit exceeded', headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000)) } });
    const r = await run({ event: 'pull_request', payload: pr });
    expect(r.code).toBe(1);
    expect(fake().requests.filter((q) => q.operationId === 'checks/create').map((q) => q.status)).toEqual([429, 201]);
    const [limited, retried] = fake().requests.filter((q) => q.operationId === 'checks/create');
    expect(retried!.at - limited!.at).toBeGreaterThanOrEqual(950); // retry-after: 1
    expect(fake().requests.filter((q) => q.operationId === 'checks/update').map((q) => q.status)).toEqual([403, 200]);
    expect(fake().requests.filter((q) => q.operationId === 'issues/create-comment').map((q) => q.status)).toEqual([429, 201]);
    expect(r.stdout).toMatch(/GitHub secondary rate limit on POST .*check-runs: retrying after 1 s/);
    expect(fake().checkRuns[0]).toMatchObject({ conclusion: 'failure' });
    expect(warnings(r.stdout)).toEqual([]);
  });

  it('a server that keeps failing costs a warning, not the run', async () => {
    fake().faults.push({ operationId: 'issues/list-comments', status: 502, times: 10 });
    const r = await run({ event: 'pull_request', payload: pr });
    expect(r.code).toBe(1);
    expect(fake().count('issues/list-comments')).toBe(3);
    expect(warnings(r.stdout)).toEqual([expect.stringContaining('could not write the pull request comment: GitHub answered 502')]);
  });
});

describe('bad input exits 2 and still leaves a summary and a SARIF', () => {
  it('a path that is not a directory', async () => {
    const r = await run({ event: 'pull_request', payload: pr, inputs: { path: 'readiness.yaml' } });
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/^::error::readiness-gate could not run: input 'path' \(readiness.yaml\) is not a directory$/m);
    expect(r.summary).toContain('could not run');
    const sarif = JSON.parse(readFileSync(r.outputs['sarif-file']!, 'utf8'));
    expect(sarif.runs[0].results[0].message.text).toContain('is not a directory');
    expect(fake().checkRuns[0]).toMatchObject({ head_sha: HEAD, conclusion: 'failure' });
  });

  it('a configuration error: located annotation, SARIF with the error as a result, failed check', async () => {
    const r = await run({ event: 'pull_request', payload: pr, inputs: { policy: 'missing-policy.yml', 'sarif-file': 'out/deep/gate.sarif' } });
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/^::error title=readiness-gate configuration,file=missing-policy.yml::missing-policy.yml: policy file not found/m);
    expect(r.outputs['sarif-file']).toMatch(/out\/deep\/gate.sarif$/);
    const sarif = JSON.parse(readFileSync(r.outputs['sarif-file']!, 'utf8'));
    expect(sarif.runs[0].results[0]).toMatchObject({ ruleId: 'config/error', locations: [{ physicalLocation: { artifactLocation: { uri: 'missing-policy.yml' } } }] });
    expect(fake().checkRuns[0]).toMatchObject({ conclusion: 'failure', output: { title: 'readiness-gate could not run: configuration error' } });
  });

  it('an unwritable output: "cannot write FILE: reason"', async () => {
    const r = await run({ event: 'pull_request', payload: pr, inputs: { 'sarif-file': 'readiness.yaml/gate.sarif' } });
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/^::error::cannot write .*readiness.yaml\/gate.sarif: [a-z ]+ \((ENOTDIR|EEXIST)\)$/m);
    expect(r.stdout).not.toContain('internal error');
  });

  it('an input outside its documented values', async () => {
    const r = await run({ event: 'pull_request', payload: pr, inputs: { comment: 'sometimes' } });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain("input 'comment' must be one of on-change, always, on-failure, never; got 'sometimes'");
    expect(existsSync(path.join(r.tmp, 'runner-temp/readiness-gate/readiness-gate.sarif'))).toBe(true);
    expect(fake().requests).toEqual([]);
  });
});
