import type { Control } from './types.js';
import { manifestEvidence, pass } from './types.js';

export const costGuardrailsControl: Control = {
  id: 'cost_guardrails',
  title: 'Cost guardrails',
  risk: 'A demo that costs $40 becomes a five-figure monthly surprise under real volume, retries and retention.',
  evaluate(ctx) {
    const c = ctx.workload.manifest.cost;
    const missing: string[] = [];
    if (!c?.monthly_budget) missing.push('a monthly budget');
    if (!c?.unit_metrics.length) missing.push('unit-economics metrics (cost per workflow, interaction or refresh)');
    if (missing.length) {
      return {
        status: 'fail',
        message: `Promotion blocked: workload '${ctx.workload.name}' has no cost guardrails: missing ${missing.join(' and ')}.`,
        evidence: [manifestEvidence(ctx, c ? ['cost'] : ['name'], `cost is missing ${missing.join(' and ')}`)],
        remediation: ['Set cost.monthly_budget with an alert on it.', 'List the unit metrics you track under cost.unit_metrics, e.g. cost_per_workflow, cost_per_agent_interaction, cost_per_dataset_refresh.'],
      };
    }
    return pass(`Budget ${c!.monthly_budget} ${c!.currency}/month; unit metrics: ${c!.unit_metrics.join(', ')}.`);
  },
};
