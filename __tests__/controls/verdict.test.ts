// The verdict fixes seen through the scorecard: how a ranked result reads, and output that stays
// bounded for a manifest with thousands of API entries.
import { renderSarif } from '../../src/render/sarif.js';
import type { Report } from '../../src/report/types.js';
import { scoreWorkload } from '../../src/scorecard/scorecard.js';
import { backedFacts, contextOf, edit, FULL } from '../helpers/workload.js';

const NOW = new Date('2026-11-23T12:00:00Z');

function score(manifest: string, setup: Parameters<typeof contextOf>[1] = {}) {
  const { workload, policy, facts, isBlocking } = contextOf(manifest, setup);
  return scoreWorkload(workload, facts, policy, isBlocking, NOW);
}
const result = (manifest: string, id: string) => score(manifest).controls.find((c) => c.id === id)!;

describe('a ranked result says what it means', () => {
  const noMetrics = edit(FULL, 'metrics: true', 'metrics: false');

  it('a blocking failure says Promotion blocked', () => {
    expect(result(noMetrics, 'telemetry')).toMatchObject({ status: 'fail', priority: 'P0', message: 'Promotion blocked: missing diagnostic controls: metrics.' });
  });

  it('a failure demoted to a P1 warning says it must be fixed before general availability, never Promotion blocked', () => {
    const beta = edit(edit(FULL, 'tier: production', 'tier: beta'), 'monthly_budget: 100, ', '');
    expect(result(beta, 'cost_guardrails')).toMatchObject({
      status: 'warn',
      priority: 'P1',
      message: "Workload 'svc' has no cost guardrails: missing a monthly budget. Must be fixed before general availability.",
      remediation: ['Set cost.monthly_budget with an alert on it.'],
    });
  });

  it('a control-level warning at P1 reads the same way', () => {
    const { workload, policy, isBlocking } = contextOf(FULL);
    const s = scoreWorkload(workload, { ...backedFacts(), telemetry: [] }, policy, isBlocking, NOW);
    expect(s.controls.find((c) => c.id === 'telemetry')!.message).toBe(
      "Telemetry is claimed for workload 'svc' but the repository shows no evidence of trace export or metrics. Must be fixed before general availability.",
    );
  });

  it('a waived failure reads as a plain sentence', () => {
    const waived = `${edit(FULL, 'monthly_budget: 100, ', '')}waivers:\n  - { control: cost_guardrails, reason: launch first, approver: cfo, expires: 2026-12-31 }\n`;
    expect(result(waived, 'cost_guardrails')).toMatchObject({ status: 'waived', message: "Workload 'svc' has no cost guardrails: missing a monthly budget." });
  });

  it('no warning of any example-like workload says Promotion blocked', () => {
    const experiment = 'apiVersion: readiness-gate/v1\nname: svc\ntier: experiment\nownership: { team: t, on_call: pd, escalation: lead, runbook: RUNBOOK.md }\n';
    const s = score(experiment);
    const warnings = s.controls.filter((c) => c.status === 'warn');
    expect(warnings.length).toBeGreaterThan(5);
    for (const w of warnings) expect(w.message).not.toMatch(/Promotion blocked/);
    expect(warnings.find((w) => w.id === 'cost_guardrails')).toMatchObject({ priority: 'P1' });
  });

  it('a P2 result is advice', () => {
    const profiles = { ...contextOf(FULL).policy.profiles, production: { block: [], warn: [] } };
    const c = score(edit(FULL, 'monthly_budget: 100, ', ''), { policy: { profiles } }).controls.find((r) => r.id === 'cost_guardrails')!;
    expect(c).toMatchObject({ status: 'warn', priority: 'P2', message: "Workload 'svc' has no cost guardrails: missing a monthly budget. Advice: the policy does not require it." });
  });
});

describe('output stays linear in the input', () => {
  it('a manifest with 3,000 API entries gives bounded results and a SARIF of a few hundred KB', () => {
    const entries = Array.from({ length: 3000 }, (_, i) => `  - { name: api-${i}, exposure: public }`).join('\n');
    const manifest = edit(FULL, '  - { name: risk-read, authentication: entra, authorization: rbac, throttling: 10/s, version: v1, deprecation_policy: 90d, audit_trail: log }', entries);
    const s = score(manifest);
    const api = s.controls.find((c) => c.id === 'api_surface')!;
    expect(api.message.length).toBeLessThan(2000);
    expect(api.evidence.length).toBeLessThanOrEqual(21);
    expect(api.remediation.length).toBeLessThanOrEqual(8);
    const report: Report = {
      tool: { name: 'readiness-gate', version: '0' },
      ready: s.ready,
      verdict: 'Not ready',
      policy: 'p',
      scannedPath: '',
      workloads: [s],
      findings: [],
      images: [],
      orphans: [],
      repository: { blocking: [], warnings: [], results: [] },
      stats: { filesListed: 1, filesScanned: 1, bytesScanned: manifest.length, skipped: {} },
    };
    expect(renderSarif(report).length).toBeLessThan(300 * 1024);
  });
});
