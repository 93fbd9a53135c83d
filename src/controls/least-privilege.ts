import { isClaimed, listCapped } from './claims.js';
import type { Control, Gap } from './types.js';
import { manifestEvidence, outcomeOf, pass } from './types.js';

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

/**
 * Roles that are admin by what they mean, whatever the policy lists: owners of anything (Azure
 * Owner, Storage Blob Data Owner, db_owner, GCP roles/owner), administrators (User Access
 * Administrator, GCP *.admin and *Admin roles, cluster-admin), AWS AdministratorAccess and
 * *FullAccess, GCP roles/editor, Kubernetes system:masters, database superusers, and wildcards.
 */
const ADMIN_EQUIVALENT: readonly RegExp[] = [
  /owner/i,
  /administrator/i,
  /(^|[^a-z])admin([^a-z]|$)/i,
  /[a-z]Admin([^a-z]|$)/,
  /FullAccess([^a-z]|$)/i,
  /PowerUserAccess/i,
  /^roles\/editor$/i,
  /^system:masters$/i,
  /superuser/i,
  /^all(\s+privileges)?$/i,
  /^(root|sa)$/i,
  /(^|[:/.])\*$/,
];

export function isAdminEquivalent(role: string): boolean {
  const r = role.trim();
  return ADMIN_EQUIVALENT.some((pattern) => pattern.test(r));
}

const ROLE_FIX = 'Grant data-plane roles scoped to the datasets and actions the workload uses (e.g. db_datareader on a curated view), never Owner, Contributor, admin or `*`.';
const SCOPE_FIX = 'Give each tool and agent a named scope (e.g. customer-risk-read) instead of all-datasets.';
const CREDENTIALS_FIX = 'Use a separate identity for build and deploy (e.g. GitHub OIDC) from the one the workload runs as.';
const DECLARE_FIX = 'Declare the roles (access.roles) and tool scopes (access.tool_scopes) the workload is granted.';

export const leastPrivilegeControl: Control = {
  id: 'least_privilege',
  title: 'Least privilege',
  risk: 'Broad roles turn one compromised workload or agent into access to everything it can reach.',
  evaluate(ctx) {
    const access = ctx.workload.manifest.access;
    const gaps: Gap[] = [];
    const broad: Gap[] = [];
    let declared = 0;
    access?.roles.forEach((grant, i) => {
      const role = typeof grant === 'string' ? grant : grant.role;
      const scope = typeof grant === 'string' ? undefined : grant.scope;
      if (!isClaimed(role)) return;
      declared++;
      const forbidden = isForbidden(role, ctx.policy.forbiddenRoles);
      if (forbidden || isAdminEquivalent(role)) {
        const why = forbidden ? 'forbidden by the policy' : 'admin-equivalent';
        broad.push({ problem: `role '${role}'`, evidence: manifestEvidence(ctx, ['access', 'roles', i], `role '${role}' is broad (${why})`), fix: ROLE_FIX });
      } else if (scope !== undefined && isClaimed(scope) && isForbidden(scope, ctx.policy.forbiddenScopes)) {
        broad.push({ problem: `role '${role}' on scope '${scope}'`, evidence: manifestEvidence(ctx, ['access', 'roles', i], `scope '${scope}' is broad`), fix: SCOPE_FIX });
      }
    });
    access?.tool_scopes.forEach((scope, i) => {
      if (!isClaimed(scope)) return;
      declared++;
      if (isForbidden(scope, ctx.policy.forbiddenScopes)) {
        broad.push({ problem: `tool scope '${scope}'`, evidence: manifestEvidence(ctx, ['access', 'tool_scopes', i], `tool scope '${scope}' is broad`), fix: SCOPE_FIX });
      }
    });
    const problems: string[] = [];
    if (!declared) {
      problems.push('no roles or tool scopes declared');
      gaps.push({ problem: '', evidence: manifestEvidence(ctx, access ? ['access'] : ['name'], 'access.roles and access.tool_scopes are empty'), fix: DECLARE_FIX });
    }
    if (broad.length) {
      problems.push(`broad access granted: ${listCapped(broad.map((g) => g.problem))}`);
      gaps.push(...broad);
    }
    if (ctx.policy.requireSeparateCredentials) {
      const creds = access?.credentials;
      if (!creds || !isClaimed(creds.build_time) || !isClaimed(creds.run_time)) {
        problems.push('build-time and run-time credentials not declared');
        gaps.push({ problem: '', evidence: manifestEvidence(ctx, creds ? ['access', 'credentials'] : access ? ['access'] : ['name'], 'access.credentials does not name both identities'), fix: CREDENTIALS_FIX });
      } else if (creds.build_time.trim().toLowerCase() === creds.run_time.trim().toLowerCase()) {
        problems.push('build-time and run-time credentials are the same');
        gaps.push({ problem: '', evidence: manifestEvidence(ctx, ['access', 'credentials'], `both are '${creds.build_time}'`), fix: CREDENTIALS_FIX });
      }
    }
    if (problems.length) {
      return outcomeOf('fail', `workload '${ctx.workload.name}' is not least-privilege: ${problems.join('; ')}.`, gaps);
    }
    return pass(`Roles and scopes of workload '${ctx.workload.name}' are scoped; build-time and run-time credentials are separate.`);
  },
};
