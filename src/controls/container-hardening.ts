import type { HardeningCheck, NetworkPolicyFacts } from '../scanners/types.js';
import type { Control, Gap } from './types.js';
import { gapAt, notApplicable, outcomeOf, pass } from './types.js';

/** The fix for each hardening check that fails. */
const FIX: Record<HardeningCheck['id'], string> = {
  'run-as-non-root': 'Set securityContext.runAsNonRoot: true (and a non-zero runAsUser).',
  'no-privilege-escalation': 'Set securityContext.allowPrivilegeEscalation: false.',
  'read-only-root-fs': 'Set securityContext.readOnlyRootFilesystem: true, with an emptyDir where the app must write.',
  'not-privileged': 'Set securityContext.privileged: false.',
  'no-host-namespaces': 'Remove hostNetwork, hostPID and hostIPC from the pod spec.',
  'no-host-path': 'Replace hostPath volumes with emptyDir, a ConfigMap or a PersistentVolumeClaim.',
  'resource-requests': 'Set resources.requests (cpu, memory) on every container.',
  'resource-limits': 'Set resources.limits (cpu, memory) on every container.',
  'liveness-probe': 'Add a livenessProbe to every long-running container.',
  'readiness-probe': 'Add a readinessProbe to every long-running container.',
};
const NETWORK_POLICY_FIX = "Add a NetworkPolicy whose podSelector matches the workload's pod labels.";

function selects(policy: NetworkPolicyFacts, labels: Record<string, string>): boolean {
  return Object.entries(policy.podSelector).every(([k, v]) => labels[k] === v);
}

export const containerHardeningControl: Control = {
  id: 'container_hardening',
  title: 'Container hardening',
  risk: 'A root, writable, privileged container without probes or limits turns one bug into a node compromise or an outage.',
  evaluate(ctx) {
    const containers = ctx.facts.containers;
    if (!containers.length) return notApplicable("No Kubernetes containers in the workload's files.");
    const gaps: Gap[] = [];
    for (const c of containers) {
      for (const check of c.checks) {
        if (check.ok) continue;
        const detail = `${c.kind}/${c.name} container '${c.container}': ${check.detail}`;
        gaps.push({ problem: check.id, evidence: { path: c.path, line: check.line, detail }, fix: FIX[check.id] });
      }
    }
    const objects = [...new Map(containers.map((c) => [`${c.kind}/${c.name}`, c])).values()];
    for (const c of objects) {
      if (ctx.facts.networkPolicies.some((p) => selects(p, c.labels))) continue;
      gaps.push(gapAt({ path: c.path, line: c.line, detail: `${c.kind}/${c.name} is not selected by any NetworkPolicy` }, NETWORK_POLICY_FIX));
    }
    if (gaps.length) {
      const n = gaps.length.toLocaleString('en-US');
      return outcomeOf('fail', `${n} container hardening gap${gaps.length > 1 ? 's' : ''} in workload '${ctx.workload.name}'.`, gaps);
    }
    return pass(`${containers.length} container${containers.length > 1 ? 's' : ''} hardened and covered by a NetworkPolicy.`);
  },
};
