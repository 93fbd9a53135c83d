import type { NetworkPolicyFacts } from '../scanners/types.js';
import type { Control, Evidence } from './types.js';
import { notApplicable, pass } from './types.js';

function selects(policy: NetworkPolicyFacts, labels: Record<string, string>): boolean {
  return Object.entries(policy.podSelector).every(([k, v]) => labels[k] === v);
}

export const containerHardeningControl: Control = {
  id: 'container_hardening',
  title: 'Container hardening',
  risk: 'A root, writable, privileged container without probes or limits turns one bug into a node compromise or an outage.',
  evaluate(ctx) {
    const containers = ctx.facts.containers;
    if (!containers.length) return notApplicable('No Kubernetes containers in the workload\'s files.');
    const evidence: Evidence[] = [];
    for (const c of containers) {
      for (const check of c.checks) {
        if (!check.ok) evidence.push({ path: c.path, line: check.line, detail: `${c.kind}/${c.name} container '${c.container}': ${check.detail}` });
      }
    }
    const unprotected = [...new Map(containers.map((c) => [`${c.kind}/${c.name}`, c])).values()].filter(
      (c) => !ctx.facts.networkPolicies.some((p) => selects(p, c.labels)),
    );
    for (const c of unprotected) evidence.push({ path: c.path, line: c.line, detail: `${c.kind}/${c.name} is not selected by any NetworkPolicy` });
    if (evidence.length) {
      return {
        status: 'fail',
        message: `Promotion blocked: ${evidence.length} container hardening gap${evidence.length > 1 ? 's' : ''} in workload '${ctx.workload.name}'.`,
        evidence,
        remediation: [
          'Set securityContext: runAsNonRoot: true, allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, privileged: false.',
          'Add livenessProbe and readinessProbe, and resources.requests and resources.limits to every container.',
          'Add a NetworkPolicy whose podSelector matches the workload\'s pod labels.',
        ],
      };
    }
    return pass(`${containers.length} container${containers.length > 1 ? 's' : ''} hardened and covered by a NetworkPolicy.`);
  },
};
