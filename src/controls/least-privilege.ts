import type { Control, Evidence } from './types.js';
import { manifestEvidence, pass } from './types.js';

/** Case-insensitive match; a forbidden entry with `*` matches that position wildly. */
export function isForbidden(value: string, forbidden: readonly string[]): boolean {
  const v = value.trim().toLowerCase();
  if (v === '*' || v.endsWith(':*') || v.endsWith('/*') || v.endsWith('.*')) return true;
  return forbidden.some((entry) => {
    const e = entry.toLowerCase();
    if (e === '*') return v === '*';
    if (!e.includes('*')) return v === e;
    const pattern = new RegExp(`^${e.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
    return pattern.test(v);
  });
}

export const leastPrivilegeControl: Control = {
  id: 'least_privilege',
  title: 'Least privilege',
  risk: 'Broad roles turn one compromised workload or agent into access to everything it can reach.',
  evaluate(ctx) {
    const { manifest } = ctx.workload;
    const access = manifest.access;
    const evidence: Evidence[] = [];
    const broad: string[] = [];
    access?.roles.forEach((grant, i) => {
      const role = typeof grant === 'string' ? grant : grant.role;
      const scope = typeof grant === 'string' ? undefined : grant.scope;
      if (isForbidden(role, ctx.policy.forbiddenRoles)) {
        broad.push(`role '${role}'`);
        evidence.push(manifestEvidence(ctx, ['access', 'roles', i], `role '${role}' is broad`));
      } else if (scope && isForbidden(scope, ctx.policy.forbiddenScopes)) {
        broad.push(`role '${role}' on scope '${scope}'`);
        evidence.push(manifestEvidence(ctx, ['access', 'roles', i], `scope '${scope}' is broad`));
      }
    });
    access?.tool_scopes.forEach((scope, i) => {
      if (isForbidden(scope, ctx.policy.forbiddenScopes)) {
        broad.push(`tool scope '${scope}'`);
        evidence.push(manifestEvidence(ctx, ['access', 'tool_scopes', i], `tool scope '${scope}' is broad`));
      }
    });
    const problems: string[] = [];
    if (!access || (access.roles.length === 0 && access.tool_scopes.length === 0)) {
      problems.push('no roles or tool scopes declared');
      evidence.push(manifestEvidence(ctx, access ? ['access'] : ['name'], 'access.roles and access.tool_scopes are empty'));
    }
    if (broad.length) problems.push(`broad access granted: ${broad.join(', ')}`);
    if (ctx.policy.requireSeparateCredentials) {
      const creds = access?.credentials;
      if (!creds) {
        problems.push('build-time and run-time credentials not declared');
        evidence.push(manifestEvidence(ctx, access ? ['access'] : ['name'], 'access.credentials is missing'));
      } else if (creds.build_time.trim().toLowerCase() === creds.run_time.trim().toLowerCase()) {
        problems.push('build-time and run-time credentials are the same');
        evidence.push(manifestEvidence(ctx, ['access', 'credentials'], `both are '${creds.build_time}'`));
      }
    }
    if (problems.length) {
      return {
        status: 'fail',
        message: `Promotion blocked: workload '${ctx.workload.name}' is not least-privilege: ${problems.join('; ')}.`,
        evidence,
        remediation: [
          'Grant data-plane roles scoped to the datasets and actions the workload uses (e.g. db_datareader on a curated view), never Owner, Contributor, admin or `*`.',
          'Give each tool and agent a named scope (e.g. customer-risk-read) instead of all-datasets.',
          'Use a separate identity for build and deploy (e.g. GitHub OIDC) from the one the workload runs as.',
        ],
      };
    }
    return pass(`Roles and scopes of workload '${ctx.workload.name}' are scoped; build-time and run-time credentials are separate.`);
  },
};
