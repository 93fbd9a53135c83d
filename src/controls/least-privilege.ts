import { isClaimed, listCapped } from './claims.js';
import type { Control, Gap } from './types.js';
import { manifestEvidence, outcomeOf, pass } from './types.js';

/** Case-insensitive match; a forbidden entry with `*` matches that position wildly. */
export function isForbidden(value: string, forbidden: readonly string[]): boolean {
  const v = value.trim().toLowerCase();
  if (v === '*' || v.endsWith(':*') || v.endsWith('/*') || v.endsWith('.*')) return true;
  return forbidden.some((entry) => {
    const e = entry.toLowerCase();
    // A bare `*` entry means the wildcard itself (returned above), not every role.
    if (e === '*') return false;
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
  /FullAccess/i,
  /PowerUserAccess/i,
  /roles\/editor$/i,
  /system:masters/i,
  /superuser/i,
  /^all(\s+privileges)?$/i,
  /^(root|sa)$/i,
  /\*/,
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
    const broad: Gap[] = [];
    let declared = 0;
    access?.roles.forEach((grant, i) => {
      const { role, scope } = typeof grant === 'string' ? { role: grant, scope: undefined } : grant;
      if (!isClaimed(role)) return;
      declared++;
      const admin = isAdminEquivalent(role);
      if (admin || isForbidden(role, ctx.policy.forbiddenRoles)) {
        const why = admin ? 'admin-equivalent' : 'forbidden by the policy';
        broad.push({ problem: `role '${role}'`, evidence: manifestEvidence(ctx, ['access', 'roles', i], `role '${role}' is broad (${why})`), fix: ROLE_FIX });
      } else if (isClaimed(scope) && isForbidden(scope!, ctx.policy.forbiddenScopes)) {
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
    let declaration: Gap | undefined;
    if (!declared) {
      declaration = { problem: 'no roles or tool scopes declared', evidence: manifestEvidence(ctx, access ? ['access'] : ['name'], 'access.roles and access.tool_scopes are empty'), fix: DECLARE_FIX };
    }
    let credentials: Gap | undefined;
    if (ctx.policy.requireSeparateCredentials) {
      const creds = access?.credentials;
      if (!creds || !isClaimed(creds.build_time) || !isClaimed(creds.run_time)) {
        const where = creds ? ['access', 'credentials'] : access ? ['access'] : ['name'];
        credentials = { problem: 'build-time and run-time credentials not declared', evidence: manifestEvidence(ctx, where, 'access.credentials does not name both identities'), fix: CREDENTIALS_FIX };
      } else if (creds.build_time.toLowerCase() === creds.run_time.toLowerCase()) {
        credentials = { problem: 'build-time and run-time credentials are the same', evidence: manifestEvidence(ctx, ['access', 'credentials'], `both are '${creds.build_time}'`), fix: CREDENTIALS_FIX };
      }
    }
    const gaps = [...(declaration ? [declaration] : []), ...broad, ...(credentials ? [credentials] : [])];
    if (gaps.length) {
      const parts = [declaration?.problem, broad.length ? `broad access granted: ${listCapped(broad.map((g) => g.problem))}` : undefined, credentials?.problem].filter(Boolean);
      return outcomeOf('fail', `workload '${ctx.workload.name}' is not least-privilege: ${parts.join('; ')}.`, gaps);
    }
    return pass(`Roles and scopes of workload '${ctx.workload.name}' are scoped; build-time and run-time credentials are separate.`);
  },
};
