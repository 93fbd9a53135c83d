import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { collectReferencedPaths, namedPaths, pathKind } from '../../src/engine/referenced-paths.js';
import { listFiles } from '../../src/workspace/list-files.js';
import { workloadOf } from '../helpers/workload.js';
import { cleanupTrees, makeTree } from '../helpers/tmp-tree.js';

afterAll(cleanupTrees);

const MANIFEST = `apiVersion: readiness-gate/v1
name: svc
tier: production
ownership: { runbook: docs/runbook.md }
data_contracts: [{ path: contracts/orders.json }, { path: contracts/dir }, { path: ../shared/c.v3.json }]
release: { rollback_plan: ROLLBACK.md, changelog: CHANGELOG.md }
`;

describe('referenced paths', () => {
  it('names every path the manifest names, resolved against its directory', () => {
    expect(namedPaths(workloadOf(MANIFEST, 'svc/readiness.yaml'))).toEqual([
      { path: 'svc/docs/runbook.md', contract: false },
      { path: 'svc/ROLLBACK.md', contract: false },
      { path: 'svc/CHANGELOG.md', contract: false },
      { path: 'svc/contracts/orders.json', contract: true },
      { path: 'svc/contracts/dir', contract: true },
      { path: 'shared/c.v3.json', contract: true },
    ]);
  });

  it('finds files, directories, FIFOs, symlinks, ignored and missing paths, and contract versions', () => {
    const root = makeTree({
      '.gitignore': 'svc/CHANGELOG.md\n',
      'svc/readiness.yaml': MANIFEST,
      'svc/contracts/orders.json': '{\n  "version": "4"\n}\n',
      'svc/contracts/dir/a.json': '{}',
      'svc/CHANGELOG.md': '# ignored by .gitignore',
      'shared/c.v3.json': '{}',
    });
    mkdirSync(path.join(root, 'svc/docs/runbook.md'), { recursive: true });
    execFileSync('mkfifo', [path.join(root, 'svc/ROLLBACK.md')]);
    const files = listFiles(root).files;
    const found = collectReferencedPaths(root, files, [workloadOf(MANIFEST, 'svc/readiness.yaml')], 1 << 20);
    expect(found).toEqual([
      { path: 'shared/c.v3.json', kind: 'file', version: { value: 'v3', from: 'name', line: 1 } },
      { path: 'svc/CHANGELOG.md', kind: 'ignored' },
      { path: 'svc/ROLLBACK.md', kind: 'other' },
      { path: 'svc/contracts/dir', kind: 'directory' },
      { path: 'svc/contracts/orders.json', kind: 'file', version: { value: '4', from: 'field', line: 2 } },
      { path: 'svc/docs/runbook.md', kind: 'directory' },
    ]);
  });

  it('a symlink is not a regular file, and a missing path is missing', () => {
    const root = makeTree({ 'RUNBOOK.txt': 'x' });
    symlinkSync('RUNBOOK.txt', path.join(root, 'RUNBOOK.md'));
    const m = 'apiVersion: readiness-gate/v1\nname: svc\ntier: production\nownership: { runbook: RUNBOOK.md }\nrelease: { changelog: CHANGES.md }\n';
    const found = collectReferencedPaths(root, listFiles(root).files, [workloadOf(m)], 1 << 20);
    expect(found).toEqual([
      { path: 'CHANGES.md', kind: 'missing' },
      { path: 'RUNBOOK.md', kind: 'symlink' },
    ]);
  });

  it('pathKind: a listed regular file that cannot be opened is unreadable', () => {
    const stat = (file: boolean, dir = false, link = false) => ({ isFile: () => file, isDirectory: () => dir, isSymbolicLink: () => link });
    expect(pathKind(stat(true), true, false, false)).toBe('unreadable');
    expect(pathKind(stat(true), true, false, true)).toBe('file');
    expect(pathKind(stat(true), false, false, true)).toBe('ignored');
    expect(pathKind(stat(false, true), false, true, false)).toBe('directory');
    expect(pathKind(stat(false, false, true), true, false, true)).toBe('symlink');
    expect(pathKind(stat(false), true, false, false)).toBe('other');
    expect(pathKind(undefined, false, true, false)).toBe('directory');
    expect(pathKind(undefined, false, false, false)).toBe('missing');
  });
});
