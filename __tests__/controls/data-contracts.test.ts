import { dataContractsControl } from '../../src/controls/data-contracts.js';
import type { PathKind } from '../../src/scanners/types.js';
import { FULL, FULL_BLOCK, edit, evaluate, file } from '../helpers/workload.js';

const FILE_FIX = 'Commit each contract as a regular file at the path the manifest names (relative to the manifest).';
const VERSION_FIX = 'Version every contract (a version field, or a version in the file name) and bump it on breaking changes.';
const withContracts = (list: string) => edit(FULL, 'data_contracts: [{ path: contracts/orders.v1.json }]', `data_contracts: ${list}`);

describe('data_contracts', () => {
  it('passes when each contract is a file with a version', () => {
    expect(evaluate(dataContractsControl, FULL)).toEqual({ status: 'pass', message: '1 data contract present and versioned.', evidence: [], remediation: [] });
  });

  it('a version field in the file, or in the manifest, counts', () => {
    const m = withContracts('[{ path: a.json }, { path: b.json, version: "2" }]');
    const paths = [file('a.json', { value: '3', from: 'field', line: 2 }), file('b.json')];
    expect(evaluate(dataContractsControl, m, { facts: { paths } }).message).toBe('2 data contracts present and versioned.');
  });

  it('fails when none is declared', () => {
    expect(evaluate(dataContractsControl, withContracts('[]'))).toEqual({
      status: 'fail',
      message: "workload 'svc' declares no data contracts.",
      evidence: [{ path: 'readiness.yaml', line: 2, detail: 'data_contracts is empty' }],
      remediation: ['Commit a versioned schema for each dataset the workload reads or writes and list it under data_contracts.'],
    });
  });

  it.each(['none', 'n/a', 'TBD'])('a contract without a version (manifest version %s) gets the version fix only', (version) => {
    const m = withContracts(`[{ path: orders.json, version: ${version} }]`);
    expect(evaluate(dataContractsControl, m, { manifestPath: 'svc/readiness.yaml', facts: { paths: [file('svc/orders.json')] } })).toEqual({
      status: 'fail',
      message: "data contracts of workload 'svc' are incomplete: svc/orders.json is not versioned.",
      evidence: [{ path: 'svc/readiness.yaml', line: 15, detail: "contract 'orders.json' has no version in its name, its content or the manifest" }],
      remediation: [VERSION_FIX],
    });
  });

  it.each<[PathKind | 'absent', string]>([
    ['absent', 'does not exist in the repository'],
    ['directory', 'is a directory, not a file'],
    ['other', 'is not a regular file (a FIFO, socket or device)'],
    ['unreadable', 'is not readable'],
  ])('a contract that is %s gets the file fix only', (kind, problem) => {
    const paths = kind === 'absent' ? [] : [{ path: 'svc/c/orders.v1.json', kind }];
    const m = withContracts('[{ path: c/orders.v1.json }]');
    expect(evaluate(dataContractsControl, m, { manifestPath: 'svc/readiness.yaml', facts: { paths } })).toEqual({
      status: 'fail',
      message: `data contracts of workload 'svc' are incomplete: svc/c/orders.v1.json ${problem}.`,
      evidence: [{ path: 'svc/readiness.yaml', line: 15, detail: `contract 'c/orders.v1.json' ${problem} (checked svc/c/orders.v1.json; paths are relative to the manifest)` }],
      remediation: [FILE_FIX],
    });
  });

  it('both problems, each with its fix, and a long list capped', () => {
    const list = Array.from({ length: 30 }, (_, i) => `{ path: c${i}.json }`);
    const paths = Array.from({ length: 15 }, (_, i) => file(`c${i}.json`));
    const outcome = evaluate(dataContractsControl, withContracts(`[${list.join(', ')}]`), { facts: { paths } });
    expect(outcome.remediation).toEqual([VERSION_FIX, FILE_FIX]);
    expect(outcome.message).toBe(
      "data contracts of workload 'svc' are incomplete: c0.json is not versioned; c1.json is not versioned; c2.json is not versioned; c3.json is not versioned; c4.json is not versioned; c5.json is not versioned; c6.json is not versioned; c7.json is not versioned; c8.json is not versioned; c9.json is not versioned and 20 more.",
    );
    expect(outcome.evidence).toHaveLength(21);
  });
});

it('data_contracts names itself, its title and its risk', () => {
  expect([dataContractsControl.id, dataContractsControl.title, dataContractsControl.risk]).toEqual(["data_contracts", "Data contracts", "When pipelines and agents assume different data shapes, the workload only works under ideal conditions."]);
});

it('a missing file points at its path line, an unversioned one at the entry', () => {
  const m = edit(FULL_BLOCK, '  - path: contracts/orders.v1.json', '  - version: none\n    path: contracts/orders.json');
  expect(evaluate(dataContractsControl, m, { facts: { paths: [] } }).evidence[0]!.line).toBe(40);
  expect(evaluate(dataContractsControl, m, { facts: { paths: [file('contracts/orders.json')] } }).evidence[0]!.line).toBe(39);
});
