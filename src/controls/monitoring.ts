import type { Control } from './types.js';
import { manifestEvidence, pass } from './types.js';

export const monitoringControl: Control = {
  id: 'monitoring',
  title: 'Monitoring thresholds and SLOs',
  risk: 'Without thresholds per layer, data drift, model decay and business impact go unnoticed until a customer notices.',
  evaluate(ctx) {
    const m = ctx.workload.manifest.monitoring;
    const missingLayers = ctx.policy.monitoringLayers.filter((layer) => !m?.thresholds[layer].length);
    const noSlo = ctx.policy.requireSlo && !m?.slos.length;
    if (missingLayers.length || noSlo) {
      const parts = [missingLayers.length ? `no alert thresholds for the ${missingLayers.join(', ')} layer${missingLayers.length > 1 ? 's' : ''}` : '', noSlo ? 'no SLO' : ''].filter(Boolean);
      return {
        status: 'fail',
        message: `Promotion blocked: monitoring of workload '${ctx.workload.name}' is incomplete: ${parts.join('; ')}.`,
        evidence: [manifestEvidence(ctx, m ? ['monitoring'] : ['name'], parts.join('; '))],
        remediation: [
          'Map each risk to a metric and an alert threshold: data (null rate, freshness), model (drift, accuracy), system (p95 latency, error rate), business (conversion, cost per outcome).',
          'Declare at least one service SLO (e.g. availability 99.9%).',
        ],
      };
    }
    return pass(`Thresholds for ${ctx.policy.monitoringLayers.join(', ')}; ${m?.slos.length ?? 0} SLO(s).`);
  },
};
