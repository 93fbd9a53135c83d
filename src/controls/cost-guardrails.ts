import { isClaimed, listCapped } from './claims.js';
import type { Control, Gap } from './types.js';
import { manifestEvidence, outcomeOf, pass } from './types.js';

export const costGuardrailsControl: Control = {
  id: 'cost_guardrails',
  title: 'Cost guardrails',
  risk: 'A demo that costs $40 becomes a five-figure monthly surprise under real volume, retries and retention.',
  evaluate(ctx) {
    const c = ctx.workload.manifest.cost;
    const metrics = (c?.unit_metrics ?? []).filter(isClaimed);
    const missing: { what: string; fix: string }[] = [];
    if (!c?.monthly_budget) missing.push({ what: 'a monthly budget', fix: 'Set cost.monthly_budget with an alert on it.' });
    if (!metrics.length) {
      missing.push({
        what: 'unit-economics metrics (cost per workflow, interaction or refresh)',
        fix: 'List the unit metrics you track under cost.unit_metrics, e.g. cost_per_workflow, cost_per_agent_interaction, cost_per_dataset_refresh.',
      });
    }
    if (missing.length) {
      const what = missing.map((m) => m.what).join(' and ');
      const evidence = manifestEvidence(ctx, c ? ['cost'] : ['name'], `cost is missing ${what}`);
      return outcomeOf('fail', `workload '${ctx.workload.name}' has no cost guardrails: missing ${what}.`, missing.map((m) => ({ problem: m.what, evidence, fix: m.fix }) satisfies Gap));
    }
    return pass(`Budget ${c!.monthly_budget} ${c!.currency}/month; unit metrics: ${listCapped(metrics)}.`);
  },
};
