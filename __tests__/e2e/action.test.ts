// The action as the runner runs it: `node dist/index.js` with INPUT_* variables and the
// runner's files for outputs and the job summary.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runNode, runnerEnv } from '../helpers/run-process.js';

const ACTION = path.resolve('dist/index.js');
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

async function runAction(example: string, inputs: Record<string, string> = {}) {
  const tmp = mkdtempSync(path.join(tmpdir(), 'rg-action-'));
  dirs.push(tmp);
  const workspace = path.join(tmp, 'workspace');
  cpSync(path.resolve('examples', example), workspace, { recursive: true });
  const files = { output: path.join(tmp, 'output'), summary: path.join(tmp, 'summary.md') };
  for (const f of Object.values(files)) cpSync('/dev/null', f);
  const env = runnerEnv({
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    RUNNER_TEMP: path.join(tmp, 'runner-temp'),
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
  });
  const result = await runNode(ACTION, [], { cwd: workspace, env });
  const outputs = parseOutputs(readFileSync(files.output, 'utf8'));
  return { ...result, outputs, summary: readFileSync(files.summary, 'utf8'), workspace };
}

/** GITHUB_OUTPUT uses `name<<delimiter` blocks. */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^([^<\n]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (let m = re.exec(text); m; m = re.exec(text)) out[m[1]!] = m[3]!;
  return out;
}

describe('dist/index.js as a GitHub Action', () => {
  it('blocks the weekend prototype: exit 1, outputs, summary, annotations, no secret printed', async () => {
    const r = await runAction('weekend-prototype');
    expect(r.code).toBe(1);
    expect(r.outputs.ready).toBe('false');
    expect(JSON.parse(r.outputs['blocked-workloads']!)).toEqual(['ai-risk-service']);
    expect(r.summary).toContain("Promotion blocked: workload 'ai\\-risk\\-service' must use managed identity\\.");
    expect(r.stdout).toMatch(/^::error title=ai-risk-service%3A Managed identity \(P0\),file=readiness.yaml,line=10::Promotion blocked: workload 'ai-risk-service' must use managed identity\./m);
    expect(r.stdout).not.toMatch(/^::warning title=secrets\/connection-string-password,file=app\/prototype.py,line=5::/m);
    expect(r.stdout).toMatch(/^::error .*file=k8s\/deployment.yaml,line=22::/m);
    expect(r.stdout).toMatch(/^::error::Not ready/m);
    const report = JSON.parse(readFileSync(r.outputs['report-json']!, 'utf8'));
    expect(report.ready).toBe(false);
    const sarif = JSON.parse(readFileSync(r.outputs['sarif-file']!, 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    for (const text of [r.stdout, r.stderr, r.summary, JSON.stringify(report), JSON.stringify(sarif)]) {
      expect(text).not.toContain('SuperSecret!');
      expect(text).not.toContain('sk-dev-token');
    }
  });

  it('passes the production-ready example: exit 0 and ready=true', async () => {
    const r = await runAction('production-ready');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({ ready: 'true', score: '100', 'blocked-workloads': '[]' });
  });

  it('reports a broken manifest as a located configuration error with exit 2', async () => {
    const tmp = await runAction('partial', { policy: 'missing-policy.yml' });
    expect(tmp.code).toBe(2);
    expect(tmp.stdout).toMatch(/::error .*file=missing-policy.yml::missing-policy.yml: policy file not found/);
  });

  it('refuses a path input outside the workspace', async () => {
    const r = await runAction('partial', { path: '../..' });
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/outside the workspace/);
  });
});
