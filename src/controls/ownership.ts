import { isClaimed } from './claims.js';
import { checkFile, fileDetail } from './referenced-file.js';
import type { Control, Gap } from './types.js';
import { manifestEvidence, outcomeOf, pass } from './types.js';

const FIELD_FIX = {
  team: 'Name the owning team under ownership.team.',
  on_call: 'Name the on-call rotation or pager under ownership.on_call.',
  escalation: 'Name the escalation path under ownership.escalation.',
  runbook: 'Commit a runbook (how it fails, how to roll back, who to call) and point ownership.runbook at it.',
} as const;

export const ownershipControl: Control = {
  id: 'ownership',
  title: 'Ownership and on-call',
  risk: 'A workload nobody owns is supported by nobody at 2 a.m.',
  evaluate(ctx) {
    const o = ctx.workload.manifest.ownership;
    const missing = (['team', 'on_call', 'escalation', 'runbook'] as const).filter((key) => !isClaimed(o?.[key]));
    const gaps: Gap[] = [];
    const evidence = manifestEvidence(ctx, o ? ['ownership'] : ['name'], `ownership is missing ${missing.join(', ')}`);
    for (const key of missing) gaps.push({ problem: key, evidence, fix: FIELD_FIX[key] });
    if (!missing.includes('runbook')) {
      const check = checkFile(ctx, o!.runbook!);
      if (check.problem) {
        gaps.push({
          problem: `runbook file ${check.checked}`,
          evidence: manifestEvidence(ctx, ['ownership', 'runbook'], fileDetail('runbook', o!.runbook!, check)),
          fix: `Commit the runbook as a regular file at ${check.checked}, or point ownership.runbook (relative to the manifest) at the one you have.`,
        });
      }
    }
    if (gaps.length) {
      return outcomeOf('fail', `workload '${ctx.workload.name}' has no complete ownership: missing ${gaps.map((g) => g.problem).join(', ')}.`, gaps);
    }
    return pass(`Owned by ${o!.team}; on-call ${o!.on_call}; runbook ${o!.runbook}.`);
  },
};
