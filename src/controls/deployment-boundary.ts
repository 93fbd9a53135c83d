import { lineAtOffset } from '../workspace/paths.js';
import type { Control, Evidence } from './types.js';
import { manifestEvidence, pass } from './types.js';

const PUBLIC_K8S = /^\s*kind:\s*Ingress\s*$|^\s*type:\s*LoadBalancer\s*$/m;

export const deploymentBoundaryControl: Control = {
  id: 'deployment_boundary',
  title: 'Deployment boundary',
  risk: 'Sovereign, hybrid or disconnected targets change identity, data movement and support; choosing late means re-architecting.',
  evaluate(ctx) {
    const boundary = ctx.workload.manifest.deployment_boundary;
    if (!boundary) {
      return {
        status: 'fail',
        message: `Promotion blocked: workload '${ctx.workload.name}' has not chosen a deployment boundary.`,
        evidence: [manifestEvidence(ctx, ['name'], 'deployment_boundary is not set')],
        remediation: ['Set deployment_boundary to public, hybrid, sovereign or disconnected, and design identity and data movement for it.'],
      };
    }
    if (ctx.policy.boundaries[boundary].allowPublicEndpoints) return pass(`Deployment boundary: ${boundary}.`);
    const evidence: Evidence[] = [];
    ctx.workload.manifest.api_surface.forEach((api, i) => {
      if (api.exposure === 'public') evidence.push(manifestEvidence(ctx, ['api_surface', i, 'exposure'], `'${api.name}' is exposed publicly`));
    });
    for (const file of ctx.facts.files) {
      if (!/\.ya?ml$/i.test(file)) continue;
      const text = ctx.repo.readText(file) ?? '';
      const match = PUBLIC_K8S.exec(text);
      if (match) evidence.push({ path: file, line: lineAtOffset(text, match.index), detail: `${match[0].trim()} exposes the workload publicly` });
    }
    if (evidence.length) {
      return {
        status: 'fail',
        message: `Promotion blocked: workload '${ctx.workload.name}' is ${boundary} but claims public endpoints.`,
        evidence,
        remediation: [`A ${boundary} workload may not expose public endpoints: make them internal, or change the deployment boundary.`],
      };
    }
    return pass(`Deployment boundary: ${boundary}; no public endpoints.`);
  },
};
