import { symlinkSync } from 'node:fs';
import path from 'node:path';
import { loadManifests, loadManifestText } from '../../src/manifest/load.js';
import { formatConfigError, type ConfigError } from '../../src/errors.js';
import { cleanupTrees, makeTree } from '../helpers/tmp-tree.js';

afterAll(cleanupTrees);

const GOOD = `apiVersion: readiness-gate/v1
name: svc
tier: production
telemetry:
  logs: true
  metrics: true
  trace_export: OpenTelemetry
`;

function errorsFor(text: string, file = 'svc/readiness.yaml'): ConfigError[] {
  const root = makeTree({ [file]: text });
  return loadManifestText(root, file, text).errors;
}

function only(text: string): ConfigError {
  const errors = errorsFor(text);
  expect(errors).toHaveLength(1);
  return errors[0]!;
}

describe('a good manifest', () => {
  it('loads with defaults filled in', () => {
    const root = makeTree({ 'svc/readiness.yaml': GOOD });
    const { workload, errors } = loadManifestText(root, 'svc/readiness.yaml', GOOD);
    expect(errors).toEqual([]);
    expect(workload?.name).toBe('svc');
    expect(workload?.dir).toBe('svc');
    expect(workload?.manifest.paths).toEqual(['.']);
    expect(workload?.lineOf(['telemetry', 'trace_export'])).toBe(7);
  });
});

describe('bad manifests give a located, actionable error', () => {
  it('YAML syntax error names line and column', () => {
    const e = only('apiVersion: readiness-gate/v1\nname: svc\ntier: [production\n');
    expect(e.message).toMatch(/YAML syntax error/);
    expect(e.line).toBeGreaterThanOrEqual(3);
    expect(e.column).toBeGreaterThan(0);
  });

  it('misspelt key gets a did-you-mean with the key path and line', () => {
    const e = only(GOOD.replace('telemetry:', 'telemtry:'));
    expect(e).toMatchObject({ line: 4, column: 1, keyPath: 'telemtry', message: "unknown key 'telemtry'", hint: "did you mean 'telemetry'?" });
  });

  it('misspelt nested key points inside the mapping', () => {
    const e = only(GOOD.replace('trace_export:', 'trace_exprt:'));
    expect(e).toMatchObject({ line: 7, keyPath: 'telemetry.trace_exprt', hint: "did you mean 'trace_export'?" });
  });

  it('enum value near miss is suggested', () => {
    const e = only(GOOD.replace('tier: production', 'tier: prod'));
    expect(e.keyPath).toBe('tier');
    expect(e.line).toBe(3);
    expect(e.message).toMatch(/'prod' is not allowed; expected one of 'experiment', 'beta', 'production'/);
    expect(e.hint).toBe("did you mean 'production'?");
  });

  it('identity type casing is suggested', () => {
    const e = only(`${GOOD}identity:\n  type: systemassigned\n`);
    expect(e).toMatchObject({ keyPath: 'identity.type', hint: "did you mean 'SystemAssigned'?", line: 9 });
  });

  it('wrong type says what was expected and what was found', () => {
    const e = only(GOOD.replace('logs: true', 'logs: "yes"'));
    expect(e).toMatchObject({ keyPath: 'telemetry.logs', line: 5, message: "expected boolean, got 'yes'" });
    expect(e.hint).toMatch(/true or false/);
  });

  it('a missing enum or literal key says it is missing and what to write, not "undefined is not allowed"', () => {
    const apiVersion = only(GOOD.replace('apiVersion: readiness-gate/v1\n', ''));
    expect(apiVersion).toMatchObject({ keyPath: 'apiVersion', message: "missing required key 'apiVersion'", hint: 'add `apiVersion: readiness-gate/v1`' });
    const tier = only(GOOD.replace('tier: production\n', ''));
    expect(tier).toMatchObject({ keyPath: 'tier', message: "missing required key 'tier'" });
    expect(tier.hint).toContain("'production'");
    expect(formatConfigError(tier)).not.toContain('undefined');
  });

  it('missing required key is named', () => {
    const e = only(GOOD.replace('name: svc\n', ''));
    expect(e).toMatchObject({ keyPath: 'name', message: "missing required key 'name'" });
  });

  it('wrong apiVersion names the supported one', () => {
    const e = only(GOOD.replace('readiness-gate/v1', 'readiness-gate/v2'));
    expect(e.message).toContain("expected 'readiness-gate/v1'");
    expect(e.line).toBe(1);
  });

  it('duplicate keys are rejected', () => {
    const e = only(`${GOOD}tier: experiment\n`);
    expect(e.message).toMatch(/duplicate key/);
    expect(e.line).toBe(8);
  });

  it('custom tags are rejected', () => {
    const errors = errorsFor(`${GOOD}description: !!python/object:os.system echo\n`);
    expect(errors[0]?.message).toMatch(/custom YAML tags are not allowed/);
    expect(errors[0]?.line).toBe(8);
    const cfn = errorsFor(`${GOOD}description: !Ref Something\n`);
    expect(cfn[0]?.message).toMatch(/custom YAML tags/);
  });

  it('a billion-laughs document fails fast with a clear error', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 10; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const started = process.hrtime.bigint();
    const errors = errorsFor(levels.join('\n') + '\n');
    const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
    expect(errors[0]?.message).toMatch(/billion laughs/);
    // Not a timing assertion on speed targets: a guard that expansion never happened.
    expect(elapsedMs).toBeLessThan(5000);
  });

  it('an oversized file is refused before parsing', () => {
    const big = `${GOOD}description: "${'x'.repeat(1024 * 1024)}"\n`;
    expect(only(big).message).toMatch(/over the 1048576-byte limit/);
  });

  it('an empty manifest and a multi-document manifest are errors', () => {
    expect(only('# nothing here\n').message).toBe('the manifest is empty');
    expect(only(`${GOOD}---\n${GOOD}`).message).toMatch(/holds 2 YAML documents/);
  });

  it('a list at the top level is not a manifest', () => {
    expect(only('- name: svc\n').message).toMatch(/expected object, got a list/);
  });

  it('bad names and dates are explained', () => {
    const errors = errorsFor(`${GOOD.replace('name: svc', 'name: "My Service"')}waivers:\n  - control: cost_guardrails\n    reason: r\n    approver: a\n    expires: 31/12/2026\n`);
    expect(errors.map((e) => e.keyPath).sort()).toEqual(['name', 'waivers[0].expires']);
    expect(errors.find((e) => e.keyPath === 'name')?.message).toMatch(/lowercase/);
    expect(errors.find((e) => e.keyPath === 'waivers[0].expires')?.message).toMatch(/YYYY-MM-DD/);
  });

  it('a waiver of an unknown control suggests the right id', () => {
    const e = only(`${GOOD}waivers:\n  - control: cost_guardrail\n    reason: r\n    approver: a\n    expires: 2026-12-31\n`);
    expect(e).toMatchObject({ keyPath: 'waivers[0].control', hint: "did you mean 'cost_guardrails'?" });
  });

  it('paths that leave the workspace are rejected', () => {
    const escapes = errorsFor(`${GOOD}ownership:\n  runbook: ../../etc/passwd\n`);
    expect(escapes[0]).toMatchObject({ keyPath: 'ownership.runbook', line: 9, message: "path '../../etc/passwd' leaves the repository" });
    const absolute = errorsFor(`${GOOD}paths: [/etc]\n`);
    expect(absolute[0]?.message).toMatch(/is absolute/);
    expect(absolute[0]?.keyPath).toBe('paths[0]');
  });

  it('a symlink that leads out of the workspace is rejected', () => {
    const text = `${GOOD}data_contracts:\n  - path: contracts/link\n`;
    const root = makeTree({ 'svc/readiness.yaml': text, 'svc/contracts/.keep': '' });
    symlinkSync('/etc', path.join(root, 'svc/contracts/link'));
    const { errors } = loadManifestText(root, 'svc/readiness.yaml', text);
    expect(errors[0]?.message).toMatch(/symlink that leads out of the repository/);
  });
});

describe('several manifests', () => {
  it('reports every error in every file, and duplicate names', () => {
    const root = makeTree({
      'a/readiness.yaml': GOOD.replace('telemetry:', 'telemtry:'),
      'b/readiness.yaml': GOOD.replace('tier: production', 'tier: prod'),
      'c/readiness.yaml': GOOD,
      'd/readiness.yaml': GOOD,
      'e/readiness.yaml': 'a: [',
    });
    const { workloads, errors } = loadManifests(root, ['a/readiness.yaml', 'b/readiness.yaml', 'c/readiness.yaml', 'd/readiness.yaml', 'e/readiness.yaml']);
    expect(workloads.map((w) => w.manifestPath)).toEqual(['c/readiness.yaml', 'd/readiness.yaml']);
    expect(errors.map((e) => e.file)).toEqual(['a/readiness.yaml', 'b/readiness.yaml', 'e/readiness.yaml', 'd/readiness.yaml']);
    expect(errors[3]?.message).toBe("workload name 'svc' is already used by c/readiness.yaml");
    expect(formatConfigError(errors[0]!)).toBe("a/readiness.yaml:4:1: unknown key 'telemtry' (at telemtry)\n  fix: did you mean 'telemetry'?");
  });

  it('a manifest with a NUL byte is read as text (a NUL alone is not binary) and rejected, the NUL shown escaped', () => {
    const root = makeTree({ 'readiness.yaml': Buffer.from([0x61, 0x00, 0x62]) });
    const { errors } = loadManifests(root, ['readiness.yaml']);
    expect(errors[0]?.message).toBe("expected object, got 'a\\u0000b'");
  });
});
