import type { Control, Evidence } from './types.js';
import { manifestEvidence, pass } from './types.js';

// Deployment files: where a static key contradicts a managed-identity claim.
const DEPLOYMENT_FILE = /\.(ya?ml|json|tf|tfvars|bicep|env|properties|ini|toml|conf)$|(^|\/)(Dockerfile|Containerfile)[^/]*$|(^|\/)\.env[^/]*$/i;

export const identityControl: Control = {
  id: 'identity',
  title: 'Managed identity',
  risk: 'Copied credentials can be leaked, replayed and never rotated; a managed identity removes them.',
  evaluate(ctx) {
    const { workload, policy } = ctx;
    const claimed = workload.manifest.identity?.type;
    const blocked = `Promotion blocked: workload '${workload.name}' must use managed identity.`;
    const fixes = [
      `Set identity.type to one of: ${policy.identityAllowed.join(', ')}.`,
      'Assign the identity to the runtime (managed identity, workload identity federation, IRSA or GCP workload identity) and grant it scoped roles.',
      'Delete the static keys and connection strings the workload used instead.',
    ];
    if (!claimed || !policy.identityAllowed.includes(claimed)) {
      return {
        status: 'fail',
        message: blocked,
        evidence: [
          manifestEvidence(ctx, claimed ? ['identity', 'type'] : ['name'], claimed ? `identity.type is '${claimed}'` : 'no identity declared'),
        ],
        remediation: fixes,
      };
    }
    const contradictions: Evidence[] = ctx.facts.findings
      .filter((f) => f.category === 'secret' && ctx.isBlocking(f) && DEPLOYMENT_FILE.test(f.path))
      .map((f) => ({ path: f.path, line: f.line, detail: `${f.message} (${f.redacted ?? f.ruleId})` }));
    if (contradictions.length) {
      return {
        status: 'fail',
        message: `Promotion blocked: workload '${workload.name}' claims ${claimed} identity but its deployment files carry static credentials.`,
        evidence: [manifestEvidence(ctx, ['identity', 'type'], `identity.type is '${claimed}'`), ...contradictions],
        remediation: ['Remove the static credentials from the deployment files and let the managed identity authenticate.', 'Rotate every credential that was committed.'],
      };
    }
    return pass(`Workload '${workload.name}' uses ${claimed} identity.`, [manifestEvidence(ctx, ['identity', 'type'], `identity.type is '${claimed}'`)]);
  },
};
