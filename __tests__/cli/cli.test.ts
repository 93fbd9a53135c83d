import { jest } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main.js';
import { cleanupTrees, makeTree } from '../helpers/tmp-tree.js';
import { runNode } from '../helpers/run-process.js';

afterAll(cleanupTrees);

async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const out = jest.spyOn(process.stdout, 'write').mockImplementation((s) => ((stdout += String(s)), true));
  const err = jest.spyOn(process.stderr, 'write').mockImplementation((s) => ((stderr += String(s)), true));
  try {
    const code = await main(args);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

describe('readiness-gate check', () => {
  it('exits 1 with a readable text table for a blocked example, without colour off a TTY', async () => {
    const r = await cli(['check', 'examples/weekend-prototype']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^readiness-gate: NOT READY/);
    expect(r.stdout).toMatch(/FAIL\s+identity\s+P0\s+Promotion blocked: workload 'ai-risk-service' must use managed identity\./);
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });

  it('--scanned-path makes SARIF paths repository-root-relative and rejects paths outside the repository', async () => {
    const r = await cli(['check', 'examples/weekend-prototype', '--format', 'sarif', '--scanned-path', './examples/weekend-prototype/']);
    const run = JSON.parse(r.stdout).runs[0];
    expect(run.automationDetails.id).toBe('readiness-gate/examples/weekend-prototype/');
    const uris = run.results.flatMap((x: { locations?: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => (x.locations ?? []).map((l) => l.physicalLocation.artifactLocation.uri));
    expect(uris).toContain('examples/weekend-prototype/app/prototype.py');
    expect(uris.every((u: string) => u.startsWith('examples/weekend-prototype/'))).toBe(true);
    for (const bad of ['../elsewhere', '/abs/path']) {
      const refused = await cli(['check', 'examples/weekend-prototype', '--scanned-path', bad]);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain('must be a directory relative to the repository root');
    }
  });

  it('exits 0 for the production-ready example', async () => {
    expect((await cli(['check', 'examples/production-ready'])).code).toBe(0);
  });

  it('JSON has ready, workloads with controls, and findings with ruleId, path, line', async () => {
    const r = await cli(['check', 'examples/weekend-prototype', '--format', 'json']);
    const report = JSON.parse(r.stdout);
    expect(report.ready).toBe(false);
    expect(report.workloads[0]).toMatchObject({ name: 'ai-risk-service', ready: false });
    expect(report.workloads[0].controls[0]).toEqual(expect.objectContaining({ id: 'identity', status: 'fail', message: expect.any(String) }));
    expect(report.findings[0]).toEqual(expect.objectContaining({ ruleId: expect.any(String), path: expect.any(String), line: expect.any(Number) }));
  });

  it('writes SARIF to --output and says where', async () => {
    const dir = makeTree({});
    const out = path.join(dir, 'r.sarif');
    const r = await cli(['check', 'examples/partial', '--format', 'sarif', '--output', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`Wrote sarif report to ${out}`);
    expect(JSON.parse(readFileSync(out, 'utf8')).runs[0].tool.driver.name).toBe('readiness-gate');
  });

  it('creates the parent folders of --output', async () => {
    const dir = makeTree({});
    const out = path.join(dir, 'reports', 'ci', 'r.json');
    const r = await cli(['check', 'examples/production-ready', '--format', 'json', '--output', out]);
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).ready).toBe(true);
  });

  it('an --output that cannot be written exits 2 naming the file and the reason', async () => {
    const dir = makeTree({ 'a-file': 'x' });
    const out = path.join(dir, 'a-file', 'r.json');
    const r = await cli(['check', 'examples/production-ready', '--format', 'json', '--output', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`cannot write ${out}: `);
    expect(r.stderr).toMatch(/ENOTDIR|EEXIST/);
    expect(r.stderr).not.toContain('internal error');
  });

  it('repository YAML the parser dislikes prints no library warnings to stderr', async () => {
    const dir = makeTree({ 'data/teams.yaml': 'apiVersion: v1\nkind: ConfigMap\ndata:\n  ? [Detroit Tigers, Chicago Cubs]\n  : 2001-07-23\n' });
    const r = await runNode(path.resolve('dist/cli/index.js'), ['check', dir, '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(/Warning|stringified/);
  });

  it('a tree without a manifest is still scanned and says no workload is declared', async () => {
    const dir = makeTree({ 'app/config.py': 'DB_PASSWORD = "Tr0ub4dor&3-horse-battery"\n', 'deploy/Dockerfile': 'FROM node\n' });
    for (const format of ['text', 'json', 'markdown', 'sarif']) {
      const r = await cli(['check', dir, '--format', format]);
      expect(r.code).toBe(1);
      expect(r.stdout).toContain('app/config.py');
      expect(r.stdout).not.toContain('Tr0ub4dor&3-horse-battery');
    }
    const json = JSON.parse((await cli(['check', dir, '--format', 'json'])).stdout);
    expect(json.verdict).toBe('Not ready: no workload is declared.');
    expect(json.orphans).toEqual([expect.objectContaining({ kind: 'dockerfile', path: 'deploy/Dockerfile' })]);
  });

  it('bad manifests anywhere: every error reported, exit 2', async () => {
    const dir = makeTree({
      'a/readiness.yaml': 'apiVersion: readiness-gate/v1\nname: a\ntier: prod\n',
      'b/readiness.yml': 'apiVersion: readiness-gate/v1\nname: b\ntier: beta\nownershp: {}\n',
    });
    const r = await cli(['check', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('readiness-gate could not run: 2 configuration errors');
    expect(r.stderr).toContain("a/readiness.yaml:3:7: 'prod' is not allowed");
    expect(r.stderr).toContain("b/readiness.yml:4:1: unknown key 'ownershp' (at ownershp)\n  fix: did you mean 'ownership'?");
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('usage errors exit 2 with the usage text', async () => {
    expect((await cli(['check', 'examples/partial', '--format', 'yaml'])).stderr).toMatch(/unknown format 'yaml'/);
    expect((await cli(['check', 'does-not-exist'])).code).toBe(2);
    expect((await cli(['frobnicate'])).code).toBe(2);
    expect((await cli(['check', '--bogus'])).code).toBe(2);
    expect((await cli(['--help'])).code).toBe(0);
  });
});

describe('the committed CLI bundle', () => {
  it('runs the README command', async () => {
    const r = await runNode(path.resolve('dist/cli/index.js'), ['check', 'examples/weekend-prototype']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("Promotion blocked: unapproved API surface detected: delete-customer-record.");
  });

  it('prints the same JSON Schema that is committed', async () => {
    const r = await runNode(path.resolve('dist/cli/index.js'), ['schema']);
    expect(r.stdout).toBe(readFileSync('schema/readiness.schema.json', 'utf8'));
  });
});
