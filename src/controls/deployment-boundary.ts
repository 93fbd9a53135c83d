import { listCapped } from './claims.js';
import type { Control, Gap } from './types.js';
import { gapAt, manifestEvidence, outcomeOf, pass } from './types.js';

export const deploymentBoundaryControl: Control = {
  id: 'deployment_boundary',
  title: 'Deployment boundary',
  risk: 'Sovereign, hybrid or disconnected targets change identity, data movement and support; choosing late means re-architecting.',
  evaluate(ctx) {
    const boundary = ctx.workload.manifest.deployment_boundary;
    if (!boundary) {
      return outcomeOf('fail', `workload '${ctx.workload.name}' has not chosen a deployment boundary.`, [
        gapAt(manifestEvidence(ctx, ['name'], 'deployment_boundary is not set'), 'Set deployment_boundary to public, hybrid, sovereign or disconnected, and design identity and data movement for it.'),
      ]);
    }
    if (ctx.policy.boundaries[boundary].allowPublicEndpoints) return pass(`Deployment boundary: ${boundary}.`);
    const gaps: Gap[] = [];
    ctx.workload.manifest.api_surface.forEach((api, i) => {
      if (api.exposure !== 'public') return;
      gaps.push({
        problem: `API '${api.name}'`,
        evidence: manifestEvidence(ctx, ['api_surface', i, 'exposure'], `'${api.name}' is exposed publicly`),
        fix: `Set exposure: internal or private on every API of a ${boundary} workload, or change the deployment boundary.`,
      });
    });
    for (const e of ctx.facts.exposures) {
      // An internal load balancer stays inside the private network.
      if (e.internalAnnotation) continue;
      const what = e.via === 'Ingress' ? `Ingress/${e.name}` : `Service/${e.name} (type ${e.via})`;
      gaps.push({
        problem: what,
        evidence: { path: e.path, line: e.line, detail: `${what} exposes the workload outside the cluster` },
        fix: `Remove the Ingress and the LoadBalancer or NodePort Services of a ${boundary} workload (use ClusterIP or an internal load balancer), or change the deployment boundary.`,
      });
    }
    if (gaps.length) {
      return outcomeOf('fail', `workload '${ctx.workload.name}' is ${boundary} but has public endpoints: ${listCapped(gaps.map((g) => g.problem))}.`, gaps);
    }
    return pass(`Deployment boundary: ${boundary}; no public endpoints.`);
  },
};
