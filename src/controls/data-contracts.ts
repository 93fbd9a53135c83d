import type { Control, Evidence } from './types.js';
import { manifestEvidence, manifestRelative, pass } from './types.js';

// A contract carries its version in its name (orders.v2.json) or in a version field.
const VERSIONED_NAME = /(^|[^a-z])v\d+([._-]\d+)*([^a-z]|$)|\d+\.\d+\.\d+/i;
const VERSION_FIELD = /^\s*["']?(version|schemaVersion|schema_version|\$id)["']?\s*[:=]\s*["']?[^\s"']*\d/im;

export const dataContractsControl: Control = {
  id: 'data_contracts',
  title: 'Data contracts',
  risk: 'When pipelines and agents assume different data shapes, the workload only works under ideal conditions.',
  evaluate(ctx) {
    const contracts = ctx.workload.manifest.data_contracts;
    if (!contracts.length) {
      return {
        status: 'fail',
        message: `Promotion blocked: workload '${ctx.workload.name}' declares no data contracts.`,
        evidence: [manifestEvidence(ctx, ['name'], 'data_contracts is empty')],
        remediation: ['Commit a versioned schema for each dataset the workload reads or writes and list it under data_contracts.'],
      };
    }
    const evidence: Evidence[] = [];
    const problems: string[] = [];
    contracts.forEach((contract, i) => {
      const file = manifestRelative(ctx, contract.path);
      if (!ctx.repo.exists(file)) {
        problems.push(`${contract.path} does not exist`);
        evidence.push(manifestEvidence(ctx, ['data_contracts', i, 'path'], `contract '${contract.path}' is not in the repository`));
        return;
      }
      const versioned = contract.version || VERSIONED_NAME.test(file.split('/').pop() ?? '') || VERSION_FIELD.test(ctx.repo.readText(file) ?? '');
      if (!versioned) {
        problems.push(`${contract.path} is not versioned`);
        evidence.push(manifestEvidence(ctx, ['data_contracts', i], `contract '${contract.path}' has no version`));
      }
    });
    if (problems.length) {
      return {
        status: 'fail',
        message: `Promotion blocked: data contracts of workload '${ctx.workload.name}' are incomplete: ${problems.join('; ')}.`,
        evidence,
        remediation: ['Commit each contract file at the path the manifest names.', 'Version every contract (a version field, or a version in the file name) and bump it on breaking changes.'],
      };
    }
    return pass(`${contracts.length} data contract${contracts.length > 1 ? 's' : ''} present and versioned.`);
  },
};
