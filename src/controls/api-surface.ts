import { isClaimed, listCapped } from './claims.js';
import type { Control, Gap } from './types.js';
import { manifestEvidence, outcomeOf, pass } from './types.js';

/** Each governance field, its label in messages, and the fix when it is missing. */
const GOVERNANCE_FIELDS = [
  ['authentication', 'authentication', 'Declare how callers authenticate (authentication, e.g. entra-id, oidc, mtls); "none" is not an answer.'],
  ['authorization', 'authorization', 'Declare who may call it (authorization, e.g. an RBAC role or scope).'],
  ['throttling', 'throttling', 'Declare the rate limit (throttling, e.g. 50 requests/minute per user).'],
  ['version', 'version', 'Version the surface (version, e.g. v1).'],
  ['deprecation_policy', 'deprecation policy', 'Declare the deprecation policy (deprecation_policy, e.g. 90 days notice).'],
  ['audit_trail', 'audit trail', 'Name the audit trail calls are recorded in (audit_trail).'],
] as const;

/** Actions that change or delete data need an approval path before agents may call them. */
const DESTRUCTIVE = /delete|remove|purge|drop|destroy|update|write|modify|create|admin/i;

export const apiSurfaceControl: Control = {
  id: 'api_surface',
  title: 'Approved API and tool surface',
  risk: 'An unregistered API, tool or agent action is a shadow control plane: callable business actions outside governance.',
  evaluate(ctx) {
    const surface = ctx.workload.manifest.api_surface;
    if (!surface.length) return pass('No API, tool or agent action is registered.');
    const approved = new Set(ctx.policy.apiCatalog);
    const gaps: Gap[] = [];
    const unapproved: string[] = [];
    const ungoverned: string[] = [];
    surface.forEach((api, i) => {
      if (!approved.has(api.name)) {
        unapproved.push(api.name);
        const evidence = manifestEvidence(ctx, ['api_surface', i, 'name'], `'${api.name}' is not in the approved catalog (${ctx.policy.source})`);
        gaps.push({ problem: api.name, evidence, fix: 'Remove the action from the workload, or get it reviewed and added to the approved API catalog (policy api_catalog).' });
        if (DESTRUCTIVE.test(api.name)) {
          gaps.push({ problem: api.name, evidence, fix: 'Destructive actions (delete, update) need an approval path and an audit trail before they are exposed to agents.' });
        }
      }
    });
    surface.forEach((api, i) => {
      const missing = GOVERNANCE_FIELDS.filter(([key]) => !isClaimed(api[key]));
      if (!missing.length) return;
      const labels = missing.map(([, label]) => label).join(', ');
      ungoverned.push(`${api.name} (${labels})`);
      const evidence = manifestEvidence(ctx, ['api_surface', i], `'${api.name}' does not declare ${labels}`);
      for (const [, , fix] of missing) gaps.push({ problem: api.name, evidence, fix });
    });
    if (!gaps.length) return pass(`All ${surface.length} registered APIs, tools and agent actions are approved and governed.`);
    const parts = [
      unapproved.length ? `unapproved API surface detected: ${listCapped(unapproved)}` : '',
      ungoverned.length ? `API surface without governance: ${listCapped(ungoverned, 10, '; ')}` : '',
    ].filter(Boolean);
    return outcomeOf('fail', `${parts.join('; ')}.`, gaps);
  },
};
