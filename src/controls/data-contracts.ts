import { isClaimed, listCapped } from './claims.js';
import { checkFile, fileDetail } from './referenced-file.js';
import type { Control, Gap } from './types.js';
import { gapAt, manifestEvidence, outcomeOf, pass } from './types.js';

const FILE_FIX = 'Commit each contract as a regular file at the path the manifest names (relative to the manifest).';
const VERSION_FIX = 'Version every contract (a version field, or a version in the file name) and bump it on breaking changes.';

export const dataContractsControl: Control = {
  id: 'data_contracts',
  title: 'Data contracts',
  risk: 'When pipelines and agents assume different data shapes, the workload only works under ideal conditions.',
  evaluate(ctx) {
    const contracts = ctx.workload.manifest.data_contracts;
    if (!contracts.length) {
      return outcomeOf('fail', `workload '${ctx.workload.name}' declares no data contracts.`, [
        gapAt(manifestEvidence(ctx, ['name'], 'data_contracts is empty'), 'Commit a versioned schema for each dataset the workload reads or writes and list it under data_contracts.'),
      ]);
    }
    const gaps: Gap[] = [];
    contracts.forEach((contract, i) => {
      const check = checkFile(ctx, contract.path);
      if (check.problem) {
        gaps.push({ problem: `${check.checked} ${check.problem}`, evidence: manifestEvidence(ctx, ['data_contracts', i, 'path'], fileDetail('contract', contract.path, check)), fix: FILE_FIX });
        return;
      }
      if (!isClaimed(contract.version) && !check.version) {
        gaps.push({ problem: `${check.checked} is not versioned`, evidence: manifestEvidence(ctx, ['data_contracts', i], `contract '${contract.path}' has no version in its name, its content or the manifest`), fix: VERSION_FIX });
      }
    });
    if (gaps.length) {
      return outcomeOf('fail', `data contracts of workload '${ctx.workload.name}' are incomplete: ${listCapped(gaps.map((g) => g.problem), 10, '; ')}.`, gaps);
    }
    return pass(`${contracts.length} data contract${contracts.length > 1 ? 's' : ''} present and versioned.`);
  },
};
