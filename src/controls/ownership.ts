import type { Control, Evidence } from './types.js';
import { manifestEvidence, manifestRelative, pass } from './types.js';

export const ownershipControl: Control = {
  id: 'ownership',
  title: 'Ownership and on-call',
  risk: 'A workload nobody owns is supported by nobody at 2 a.m.',
  evaluate(ctx) {
    const o = ctx.workload.manifest.ownership;
    const missing: string[] = [];
    const evidence: Evidence[] = [];
    if (!o?.team) missing.push('team');
    if (!o?.on_call) missing.push('on_call');
    if (!o?.escalation) missing.push('escalation');
    if (!o?.runbook) missing.push('runbook');
    if (missing.length) evidence.push(manifestEvidence(ctx, o ? ['ownership'] : ['name'], `ownership is missing ${missing.join(', ')}`));
    if (o?.runbook) {
      const runbook = manifestRelative(ctx, o.runbook);
      if (!ctx.repo.exists(runbook)) {
        missing.push(`runbook file ${runbook}`);
        evidence.push(manifestEvidence(ctx, ['ownership', 'runbook'], `runbook '${o.runbook}' does not exist in the repository`));
      }
    }
    if (missing.length) {
      return {
        status: 'fail',
        message: `Promotion blocked: workload '${ctx.workload.name}' has no complete ownership: missing ${missing.join(', ')}.`,
        evidence,
        remediation: [
          'Name the owning team, the on-call rotation and the escalation path under ownership.',
          'Commit a runbook (how it fails, how to roll back, who to call) and point ownership.runbook at it.',
        ],
      };
    }
    return pass(`Owned by ${o!.team}; on-call ${o!.on_call}; runbook ${o!.runbook}.`);
  },
};
