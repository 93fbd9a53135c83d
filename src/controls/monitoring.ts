import { isClaimed } from './claims.js';
import { servesModel } from './model.js';
import type { Control, Gap } from './types.js';
import { gapAt, manifestEvidence, outcomeOf, pass } from './types.js';

const LAYER_FIX = {
  data: 'Set alert thresholds for the data layer (null rate, freshness) under monitoring.thresholds.data.',
  model: 'Set alert thresholds for the model layer (drift, accuracy) under monitoring.thresholds.model.',
  system: 'Set alert thresholds for the system layer (p95 latency, error rate) under monitoring.thresholds.system.',
  business: 'Set alert thresholds for the business layer (conversion, cost per outcome) under monitoring.thresholds.business.',
} as const;
const SLO_FIX = 'Declare at least one service SLO (e.g. availability 99.9%) under monitoring.slos.';

const claimed = (v: string | number) => isClaimed(v);

export const monitoringControl: Control = {
  id: 'monitoring',
  title: 'Monitoring thresholds and SLOs',
  risk: 'Without thresholds per layer, data drift, model decay and business impact go unnoticed until a customer notices.',
  evaluate(ctx) {
    const m = ctx.workload.manifest.monitoring;
    const noModel = !servesModel(ctx.workload);
    const layers = ctx.policy.monitoringLayers.filter((layer) => !(noModel && layer === 'model'));
    const missingLayers = layers.filter((layer) => !m?.thresholds[layer].some((t) => claimed(t.metric) && claimed(t.threshold)));
    const slos = (m?.slos ?? []).filter((s) => claimed(s.name) && claimed(s.objective));
    const noSlo = ctx.policy.requireSlo && !slos.length;
    if (missingLayers.length || noSlo) {
      const parts = [missingLayers.length ? `no alert thresholds for the ${missingLayers.join(', ')} layer${missingLayers.length > 1 ? 's' : ''}` : '', noSlo ? 'no SLO' : ''].filter(Boolean);
      const evidence = manifestEvidence(ctx, m ? ['monitoring'] : ['name'], parts.join('; '));
      const gaps: Gap[] = missingLayers.map((layer) => ({ problem: layer, evidence, fix: LAYER_FIX[layer] }));
      if (noSlo) gaps.push(gapAt(evidence, SLO_FIX));
      return outcomeOf('fail', `monitoring of workload '${ctx.workload.name}' is incomplete: ${parts.join('; ')}.`, gaps);
    }
    const thresholds = layers.length ? `Thresholds for ${layers.join(', ')}` : 'No layer thresholds required';
    const model = noModel && ctx.policy.monitoringLayers.includes('model') ? ' (no model: model-layer thresholds do not apply)' : '';
    return pass(`${thresholds}${model}; ${slos.length} SLO(s).`);
  },
};
