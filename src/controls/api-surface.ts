import type { Control, Evidence } from './types.js';
import { manifestEvidence, pass } from './types.js';

const GOVERNANCE_FIELDS = [
  ['authentication', 'authentication'],
  ['authorization', 'authorization'],
  ['throttling', 'throttling'],
  ['version', 'version'],
  ['deprecation_policy', 'deprecation policy'],
  ['audit_trail', 'audit trail'],
] as const;

export const apiSurfaceControl: Control = {
  id: 'api_surface',
  title: 'Approved API and tool surface',
  risk: 'An unregistered API, tool or agent action is a shadow control plane: callable business actions outside governance.',
  evaluate(ctx) {
    const surface = ctx.workload.manifest.api_surface;
    if (!surface.length) return pass('No API, tool or agent action is registered.');
    const approved = new Set(ctx.policy.apiCatalog);
    const unapproved = surface.map((api, i) => ({ api, i })).filter(({ api }) => !approved.has(api.name));
    if (unapproved.length) {
      return {
        status: 'fail',
        message: `Promotion blocked: unapproved API surface detected: ${unapproved.map(({ api }) => api.name).join(', ')}.`,
        evidence: unapproved.map(({ api, i }) => manifestEvidence(ctx, ['api_surface', i, 'name'], `'${api.name}' is not in the approved catalog (${ctx.policy.source})`)),
        remediation: [
          'Remove the action from the workload, or get it reviewed and added to the approved API catalog (policy api_catalog).',
          'Destructive actions (delete, update) need an approval path and an audit trail before they are exposed to agents.',
        ],
      };
    }
    const ungoverned: Evidence[] = [];
    const names: string[] = [];
    surface.forEach((api, i) => {
      const missing = GOVERNANCE_FIELDS.filter(([key]) => !api[key]).map(([, label]) => label);
      if (missing.length) {
        names.push(`${api.name} (${missing.join(', ')})`);
        ungoverned.push(manifestEvidence(ctx, ['api_surface', i], `'${api.name}' does not declare ${missing.join(', ')}`));
      }
    });
    if (ungoverned.length) {
      return {
        status: 'fail',
        message: `Promotion blocked: API surface without governance: ${names.join('; ')}.`,
        evidence: ungoverned,
        remediation: ['Declare authentication, authorization, throttling, version, deprecation_policy and audit_trail for every API, tool and agent action.'],
      };
    }
    return pass(`All ${surface.length} registered APIs, tools and agent actions are approved and governed.`);
  },
};
