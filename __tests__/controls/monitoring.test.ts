import { monitoringControl } from '../../src/controls/monitoring.js';
import { FULL, FULL_BLOCK, edit, evaluate, without } from '../helpers/workload.js';

const FIX = {
  data: 'Set alert thresholds for the data layer (null rate, freshness) under monitoring.thresholds.data.',
  model: 'Set alert thresholds for the model layer (drift, accuracy) under monitoring.thresholds.model.',
  system: 'Set alert thresholds for the system layer (p95 latency, error rate) under monitoring.thresholds.system.',
  business: 'Set alert thresholds for the business layer (conversion, cost per outcome) under monitoring.thresholds.business.',
};
const SLO_FIX = 'Declare at least one service SLO (e.g. availability 99.9%) under monitoring.slos.';
const noModelLayer = (m: string) => edit(m, '    model: [{ metric: drift, threshold: 0.2 }]\n', '');

describe('monitoring', () => {
  it('passes with every layer and an SLO', () => {
    expect(evaluate(monitoringControl, FULL)).toEqual({ status: 'pass', message: 'Thresholds for data, model, system, business; 1 SLO(s).', evidence: [], remediation: [] });
  });

  it('no monitoring section: every layer and the SLO missing, each with its fix', () => {
    expect(evaluate(monitoringControl, without(FULL, 'monitoring'))).toEqual({
      status: 'fail',
      message: "monitoring of workload 'svc' is incomplete: no alert thresholds for the data, model, system, business layers; no SLO.",
      evidence: [{ path: 'readiness.yaml', line: 2, detail: 'no alert thresholds for the data, model, system, business layers; no SLO' }],
      remediation: [FIX.data, FIX.model, FIX.system, FIX.business, SLO_FIX],
    });
  });

  it.each(['data', 'system', 'business'] as const)('a missing %s layer gets its fix only', (layer) => {
    const lines = { data: '    data: [{ metric: nulls, threshold: 0.1 }]\n', system: '    system: [{ metric: p95, threshold: 500 }]\n', business: '    business: [{ metric: conversion, threshold: 0.01 }]\n' };
    expect(evaluate(monitoringControl, edit(FULL, lines[layer], ''))).toEqual({
      status: 'fail',
      message: `monitoring of workload 'svc' is incomplete: no alert thresholds for the ${layer} layer.`,
      evidence: [{ path: 'readiness.yaml', line: 16, detail: `no alert thresholds for the ${layer} layer` }],
      remediation: [FIX[layer]],
    });
  });

  it.each(['{ metric: none, threshold: 0.2 }', '{ metric: drift, threshold: tbd }', '{ metric: "-", threshold: "" }'.replace('""', 'n/a')])('a placeholder threshold %s does not cover its layer', (entry) => {
    const outcome = evaluate(monitoringControl, edit(FULL, '{ metric: drift, threshold: 0.2 }', entry));
    expect(outcome.message).toBe("monitoring of workload 'svc' is incomplete: no alert thresholds for the model layer.");
    expect(outcome.remediation).toEqual([FIX.model]);
  });

  it('a numeric threshold of 0 is a threshold', () => {
    expect(evaluate(monitoringControl, edit(FULL, 'threshold: 0.2', 'threshold: 0')).status).toBe('pass');
  });

  it('one real threshold among placeholders covers the layer', () => {
    expect(evaluate(monitoringControl, edit(FULL, '[{ metric: drift, threshold: 0.2 }]', '[{ metric: none, threshold: 1 }, { metric: drift, threshold: 0.2 }]')).status).toBe('pass');
  });

  it.each(['slos: []', 'slos: [{ name: availability, objective: TBD }]', 'slos: [{ name: none, objective: 99 }]'])('%s is no SLO: the SLO fix only', (slos) => {
    expect(evaluate(monitoringControl, edit(FULL, 'slos: [{ name: availability, objective: 99.9 }]', slos))).toEqual({
      status: 'fail',
      message: "monitoring of workload 'svc' is incomplete: no SLO.",
      evidence: [{ path: 'readiness.yaml', line: 16, detail: 'no SLO' }],
      remediation: [SLO_FIX],
    });
  });

  it('no SLO passes when the policy does not require one', () => {
    expect(evaluate(monitoringControl, edit(FULL, 'slos: [{ name: availability, objective: 99.9 }]', 'slos: []'), { policy: { requireSlo: false } }).message).toBe('Thresholds for data, model, system, business; 0 SLO(s).');
  });

  it('only the layers the policy names are required', () => {
    expect(evaluate(monitoringControl, noModelLayer(FULL), { policy: { monitoringLayers: ['data', 'system'] } }).message).toBe('Thresholds for data, system; 1 SLO(s).');
    expect(evaluate(monitoringControl, without(FULL, 'monitoring'), { policy: { monitoringLayers: [], requireSlo: false } }).message).toBe('No layer thresholds required; 0 SLO(s).');
  });

  it.each(['none', 'n/a', '"-"'])('model: %s makes model-layer thresholds not applicable', (value) => {
    const m = noModelLayer(`${FULL}model: ${value}\n`);
    expect(evaluate(monitoringControl, m)).toEqual({
      status: 'pass',
      message: 'Thresholds for data, system, business (no model: model-layer thresholds do not apply); 1 SLO(s).',
      evidence: [],
      remediation: [],
    });
  });

  it('a named model still needs model-layer thresholds', () => {
    expect(evaluate(monitoringControl, noModelLayer(`${FULL}model: risk-scorer\n`)).remediation).toEqual([FIX.model]);
  });

  it('without a model and without the model layer in the policy, nothing is said about models', () => {
    expect(evaluate(monitoringControl, noModelLayer(`${FULL}model: none\n`), { policy: { monitoringLayers: ['data', 'system', 'business'] } }).message).toBe('Thresholds for data, system, business; 1 SLO(s).');
  });
});

it('monitoring names itself, its title and its risk', () => {
  expect([monitoringControl.id, monitoringControl.title, monitoringControl.risk]).toEqual(["monitoring", "Monitoring thresholds and SLOs", "Without thresholds per layer, data drift, model decay and business impact go unnoticed until a customer notices."]);
});

it('evidence points at the monitoring section in a block-style manifest', () => {
  expect(evaluate(monitoringControl, edit(FULL_BLOCK, '    data: [{ metric: nulls, threshold: 0.1 }]\n', '')).evidence[0]!.line).toBe(40);
});
