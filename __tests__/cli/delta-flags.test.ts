// The command's side of the delta: --base shows what the changes do against REF, --fail-on
// new-findings exits 0 when they add nothing that blocks, --no-compare-base leaves the delta out,
// and an unknown --fail-on is a usage error.
import { jest } from '@jest/globals';
import { appendFileSync, cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main.js';
import { git } from '../helpers/git.js';

async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const out = jest.spyOn(process.stdout, 'write').mockImplementation((s) => ((stdout += String(s)), true));
  const err = jest.spyOn(process.stderr, 'write').mockImplementation((s) => ((stderr += String(s)), true));
  try {
    return { code: await main(args), stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

// Built at run time so no key-shaped literal is committed.
const key = () => `sk_live_${'x4eC39HqLyWDjartT1zdp7dc'.split('').reverse().join('')}`;

let root: string;
let base: string;
beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'rg-cli-delta-'));
  cpSync(path.resolve('examples/production-ready'), root, { recursive: true });
  writeFileSync(path.join(root, 'app/legacy.py'), `LEGACY = "${key()}"\n`);
  git(root, 'init', '-q', '-b', 'main');
  git(root, 'add', '-A');
  git(root, 'commit', '-qm', 'base');
  base = git(root, 'rev-parse', 'HEAD');
  appendFileSync(path.join(root, 'docs/runbook.md'), '\nAnother step.\n');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('check --base with --fail-on', () => {
  it('new-findings exits 0 when the changes only keep what the base had, and the text says so', async () => {
    const r = await cli(['check', root, '--base', base, '--fail-on', 'new-findings']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^readiness-gate: NOT READY/);
    expect(r.stdout).toContain(`Against the base ${base.slice(0, 12)}: score`);
    expect(r.stdout).toContain('findings: 0 new, 1 already on the base, 0 fixed');
    expect(r.stdout).not.toContain(key());
  });

  it('not-ready (the default) exits 1 on the same tree', async () => {
    expect((await cli(['check', root, '--base', base])).code).toBe(1);
  });

  it('--no-compare-base leaves the delta out; new-findings then fails as not-ready', async () => {
    const r = await cli(['check', root, '--base', base, '--no-compare-base', '--fail-on', 'new-findings']);
    expect(r.stdout).not.toContain('Against the base');
    expect(r.code).toBe(1);
  });

  it('the JSON report carries the delta, without fingerprints', async () => {
    const r = await cli(['check', root, '--base', base, '--format', 'json']);
    const report = JSON.parse(r.stdout);
    expect(report.delta).toMatchObject({ base, changedFiles: 1, findings: { new: [], existing: 1, fixed: 0 }, introduced: [] });
    expect(r.stdout).not.toMatch(/"fingerprint"/);
  });

  it('an unknown --fail-on is a usage error', async () => {
    const r = await cli(['check', root, '--fail-on', 'sometimes']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown --fail-on 'sometimes'; use one of not-ready, new-findings, never");
  });
});
