import type { Control, Gap } from './types.js';
import { gapAt, manifestEvidence, outcomeOf, pass } from './types.js';

// Deployment files: where a static key contradicts a managed-identity claim.
const DEPLOYMENT_FILE = /\.(ya?ml|json|tf|tfvars|bicep|env|properties|ini|toml|conf)$|(^|\/)(Dockerfile|Containerfile)[^/]*$|(^|\/)\.env[^/]*$/i;

export const identityControl: Control = {
  id: 'identity',
  title: 'Managed identity',
  risk: 'Copied credentials can be leaked, replayed and never rotated; a managed identity removes them.',
  evaluate(ctx) {
    const { workload, policy } = ctx;
    const claimed = workload.manifest.identity?.type;
    if (!claimed || !policy.identityAllowed.includes(claimed)) {
      const evidence = manifestEvidence(ctx, claimed ? ['identity', 'type'] : ['name'], claimed ? `identity.type is '${claimed}'` : 'no identity declared');
      const fixes = [
        `Set identity.type to one of: ${policy.identityAllowed.join(', ')}.`,
        'Assign the identity to the runtime (managed identity, workload identity federation, IRSA or GCP workload identity) and grant it scoped roles.',
        'Delete the static keys and connection strings the workload used instead.',
      ];
      return outcomeOf('fail', `workload '${workload.name}' must use managed identity.`, fixes.map((fix) => gapAt(evidence, fix)));
    }
    const claim = manifestEvidence(ctx, ['identity', 'type'], `identity.type is '${claimed}'`);
    const contradictions = ctx.facts.findings.filter((f) => f.category === 'secret' && ctx.isBlocking(f) && DEPLOYMENT_FILE.test(f.path));
    if (contradictions.length) {
      const gaps: Gap[] = [gapAt(claim, 'Remove the static credentials from the deployment files and let the managed identity authenticate.')];
      for (const f of contradictions) {
        gaps.push({ problem: f.path, evidence: { path: f.path, line: f.line, detail: `${f.message} (${f.redacted ?? f.ruleId})` }, fix: 'Rotate every credential that was committed.' });
      }
      return outcomeOf('fail', `workload '${workload.name}' claims ${claimed} identity but its deployment files carry static credentials.`, gaps);
    }
    return pass(`Workload '${workload.name}' uses ${claimed} identity.`, [claim]);
  },
};
