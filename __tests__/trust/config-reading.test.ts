// The policy, its API catalog and the baseline are read like every other file: a regular file
// inside the workspace, no symlink, a byte cap, never blocking; and their errors never quote
// a secret or the contents of a file that is not a manifest or policy.
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadBaseline } from '../../src/engine/baseline.js';
import { ConfigurationFailure } from '../../src/config/failure.js';
import { formatConfigError } from '../../src/errors.js';
import { loadManifestText } from '../../src/manifest/load.js';
import { loadPolicy } from '../../src/policy/load.js';
import { cleanupTrees, makeTree } from '../helpers/tmp-tree.js';

afterAll(cleanupTrees);

// Built at run time: no literal credential in the repository.
const TOKEN = `ghp_${'Vt5Rk2Wq9'.repeat(4)}`;
const AUTH_HEADER = `\textraheader = AUTHORIZATION: basic ${Buffer.from(`x-access-token:${TOKEN}`).toString('base64')}\n`;

function failure(run: () => unknown): ConfigurationFailure {
  try {
    run();
  } catch (error) {
    if (error instanceof ConfigurationFailure) return error;
    throw error;
  }
  throw new Error('expected a configuration failure');
}

const printed = (f: ConfigurationFailure) => [f.message, ...f.errors.map(formatConfigError)].join('\n');

describe('the policy loader reads safely', () => {
  it('refuses a policy that is a symlink (here to .git/config) and quotes nothing of it', () => {
    const root = makeTree({ '.git/config': `[http]\n${AUTH_HEADER}`, '.github/.keep': '' });
    symlinkSync('../.git/config', path.join(root, '.github/readiness-policy.yml'));
    const f = failure(() => loadPolicy(root));
    expect(f.errors[0]).toMatchObject({ file: '.github/readiness-policy.yml', message: 'policy file is a symlink; name the file itself' });
    expect(printed(f)).not.toMatch(/AUTHORIZATION|basic|x-access/);
  });

  it('refuses a symlink to /dev/zero at once, without reading it', () => {
    const root = makeTree({ '.github/.keep': '' });
    symlinkSync('/dev/zero', path.join(root, '.github/readiness-policy.yml'));
    expect(failure(() => loadPolicy(root)).errors[0]?.message).toMatch(/symlink/);
  });

  it('refuses a FIFO without hanging', () => {
    const root = makeTree({ '.github/.keep': '' });
    execFileSync('mkfifo', [path.join(root, '.github/readiness-policy.yml')]);
    expect(failure(() => loadPolicy(root)).errors[0]?.message).toBe('policy file is not a regular file');
  });

  it('refuses a directory symlink that leads out of the workspace', () => {
    const outside = makeTree({ 'readiness-policy.yml': 'apiVersion: readiness-gate/v1\n' });
    const root = makeTree({ 'x.txt': '' });
    symlinkSync(outside, path.join(root, '.github'));
    expect(failure(() => loadPolicy(root)).errors[0]?.message).toMatch(/leaves the repository/);
  });

  it('refuses a policy over the byte cap', () => {
    const root = makeTree({ '.github/readiness-policy.yml': `apiVersion: readiness-gate/v1\n# ${'x'.repeat(1024 * 1024 + 10)}\n` });
    expect(failure(() => loadPolicy(root)).errors[0]?.message).toMatch(/over the \d+-byte limit/);
  });

  it('an explicit --policy inside the workspace is read the same way', () => {
    const root = makeTree({ 'policy/real.yml': 'apiVersion: readiness-gate/v1\n' });
    symlinkSync('real.yml', path.join(root, 'policy/link.yml'));
    expect(loadPolicy(root, 'policy/real.yml', root).source).toBe('policy/real.yml');
    expect(failure(() => loadPolicy(root, 'policy/link.yml', root)).errors[0]?.message).toMatch(/symlink/);
  });

  it('an api_catalog_file that is a symlink is refused', () => {
    const root = makeTree({ '.github/readiness-policy.yml': 'apiVersion: readiness-gate/v1\napi_catalog_file: catalog.yaml\n', 'real.yaml': '- a\n' });
    symlinkSync('real.yaml', path.join(root, 'catalog.yaml'));
    expect(failure(() => loadPolicy(root)).errors[0]?.message).toMatch(/api_catalog_file is a symlink/);
  });
});

describe('configuration errors never print a secret', () => {
  it('a token as a policy value is described by type and length', () => {
    const root = makeTree({ '.github/readiness-policy.yml': `apiVersion: readiness-gate/v1\norphans: ${TOKEN}\n` });
    const f = failure(() => loadPolicy(root));
    expect(printed(f)).not.toContain(TOKEN);
    expect(f.errors[0]?.message).toBe(`a string of ${TOKEN.length} characters is not allowed; expected one of 'ignore', 'warn', 'fail'`);
  });

  it('a token as a manifest key or value does not come back in the error', () => {
    const root = makeTree({});
    const text = `apiVersion: readiness-gate/v1\nname: ${TOKEN}\ntier: production\n${TOKEN}: 1\n`;
    const { errors } = loadManifestText(root, 'readiness.yaml', text);
    expect(errors.length).toBeGreaterThan(0);
    const f = new ConfigurationFailure(errors);
    expect(printed(f)).not.toContain(TOKEN);
    expect(printed(f)).not.toContain(TOKEN.slice(4, 12));
  });

  it('a broken baseline is located, not quoted', () => {
    const root = makeTree({ '.readiness-gate-baseline.json': `{"version": 1, "findings": [${TOKEN}]}` });
    const f = failure(() => loadBaseline(root));
    expect(f.errors[0]?.message).toMatch(/^baseline is not valid JSON( \(at character \d+\))?$/);
    expect(printed(f)).not.toContain(TOKEN.slice(4, 12));
  });

  it('a baseline that is a FIFO is refused without hanging', () => {
    const root = makeTree({ 'x.txt': '' });
    mkdirSync(path.join(root, 'b'));
    execFileSync('mkfifo', [path.join(root, 'b/base.json')]);
    expect(failure(() => loadBaseline(root, 'b/base.json')).errors[0]?.message).toMatch(/not-a-file/);
  });

  it('a YAML syntax error in a policy holding a token does not quote it', () => {
    const root = makeTree({ '.github/readiness-policy.yml': `apiVersion: readiness-gate/v1\nfindings:\n  allow_paths: [${TOKEN}\n  x: : :\n` });
    writeFileSync(path.join(root, 'x'), '');
    expect(printed(failure(() => loadPolicy(root)))).not.toContain(TOKEN.slice(4, 12));
  });
});
