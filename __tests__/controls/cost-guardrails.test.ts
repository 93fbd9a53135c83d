import { costGuardrailsControl } from '../../src/controls/cost-guardrails.js';
import { FULL, FULL_BLOCK, edit, evaluate, without } from '../helpers/workload.js';

const BUDGET_FIX = 'Set cost.monthly_budget with an alert on it.';
const METRICS_FIX = 'List the unit metrics you track under cost.unit_metrics, e.g. cost_per_workflow, cost_per_agent_interaction, cost_per_dataset_refresh.';
const METRICS_WHAT = 'unit-economics metrics (cost per workflow, interaction or refresh)';

describe('cost_guardrails', () => {
  it('passes with a budget and unit metrics', () => {
    expect(evaluate(costGuardrailsControl, FULL)).toEqual({ status: 'pass', message: 'Budget 100 USD/month; unit metrics: cost_per_workflow.', evidence: [], remediation: [] });
  });

  it('names the currency and caps a long metric list', () => {
    const metrics = Array.from({ length: 15 }, (_, i) => `m${i}`).join(', ');
    const outcome = evaluate(costGuardrailsControl, edit(FULL, 'cost: { monthly_budget: 100, unit_metrics: [cost_per_workflow] }', `cost: { monthly_budget: 5, currency: EUR, unit_metrics: [${metrics}] }`));
    expect(outcome.message).toBe('Budget 5 EUR/month; unit metrics: m0, m1, m2, m3, m4, m5, m6, m7, m8, m9 and 5 more.');
  });

  it('no cost section misses both, pointing at the name', () => {
    expect(evaluate(costGuardrailsControl, without(FULL, 'cost'))).toEqual({
      status: 'fail',
      message: `workload 'svc' has no cost guardrails: missing a monthly budget and ${METRICS_WHAT}.`,
      evidence: [{ path: 'readiness.yaml', line: 2, detail: `cost is missing a monthly budget and ${METRICS_WHAT}` }],
      remediation: [BUDGET_FIX, METRICS_FIX],
    });
  });

  it('no budget gets the budget fix only', () => {
    expect(evaluate(costGuardrailsControl, edit(FULL, 'monthly_budget: 100, ', ''))).toEqual({
      status: 'fail',
      message: "workload 'svc' has no cost guardrails: missing a monthly budget.",
      evidence: [{ path: 'readiness.yaml', line: 14, detail: 'cost is missing a monthly budget' }],
      remediation: [BUDGET_FIX],
    });
  });

  it.each(['[]', '[none]', '[n/a, tbd]'])('unit metrics %s get the metrics fix only', (list) => {
    expect(evaluate(costGuardrailsControl, edit(FULL, '[cost_per_workflow]', list))).toEqual({
      status: 'fail',
      message: `workload 'svc' has no cost guardrails: missing ${METRICS_WHAT}.`,
      evidence: [{ path: 'readiness.yaml', line: 14, detail: `cost is missing ${METRICS_WHAT}` }],
      remediation: [METRICS_FIX],
    });
  });

  it('placeholders among real metrics are left out of the message', () => {
    expect(evaluate(costGuardrailsControl, edit(FULL, '[cost_per_workflow]', '[todo, cost_per_workflow]')).message).toBe('Budget 100 USD/month; unit metrics: cost_per_workflow.');
  });
});

it('cost_guardrails names itself, its title and its risk', () => {
  expect([costGuardrailsControl.id, costGuardrailsControl.title, costGuardrailsControl.risk]).toEqual(["cost_guardrails", "Cost guardrails", "A demo that costs $40 becomes a five-figure monthly surprise under real volume, retries and retention."]);
});

it('evidence points at the cost section in a block-style manifest', () => {
  expect(evaluate(costGuardrailsControl, edit(FULL_BLOCK, '  monthly_budget: 100\n', '')).evidence[0]!.line).toBe(34);
});
