// The resolved policy the engine works with: the built-in production bar from the seeds,
// with whatever a repository's policy file overrides laid on top, section by section.
import { CONTROL_IDS, DEPLOYMENT_BOUNDARIES, TIERS, type ControlId, type DeploymentBoundary, type Tier } from '../manifest/schema.js';
import type { FileContext, Severity } from '../scanners/types.js';
import type { PolicyInput } from './schema.js';

export interface Profile {
  block: ControlId[];
  warn: ControlId[];
}

export interface Policy {
  source: string;
  manifests: string[];
  ignorePaths: string[];
  profiles: Record<Tier, Profile>;
  boundaries: Record<DeploymentBoundary, { allowPublicEndpoints: boolean; block: ControlId[] }>;
  controls: Record<ControlId, { waivable: boolean; maxWaiverDays: number }>;
  identityAllowed: string[];
  forbiddenRoles: string[];
  forbiddenScopes: string[];
  requireSeparateCredentials: boolean;
  /** Undefined when the policy has no catalog: then every declared surface is unapproved. */
  apiCatalog: string[];
  apiCatalogFile?: string;
  requireDigest: boolean;
  monitoringLayers: ('data' | 'model' | 'system' | 'business')[];
  requireSlo: boolean;
  orphans: 'ignore' | 'warn' | 'fail';
  noManifest: 'warn' | 'fail';
  nonBlockingContexts: Exclude<FileContext, 'source'>[];
  /** Verified credentials block whatever their context. */
  blockVerifiedEverywhere: boolean;
  /** Built-in secret rules not to run, as `secrets/<id>`; listed in the report. */
  disabledRules: string[];
  allowPaths: string[];
  customRules: { id: string; description?: string; pattern: string; keywords: string[]; severity: Severity }[];
  baseline?: string;
  maxFileBytes: number;
  /** What an unscanned text-like file in a production workload does to the secretless control. */
  unscannedFiles: 'block' | 'warn';
  /** Whether a waiver the PR adds may count once a reviewer it names approves the head commit. */
  waiverApproval: { inReview: boolean; teams: string[] };
}

const ALL = [...CONTROL_IDS];

/** Controls no waiver may switch off: the notebook's hard-to-waive bar plus no secrets. */
const NOT_WAIVABLE: ControlId[] = ['identity', 'secretless', 'least_privilege', 'telemetry'];

export function defaultPolicy(): Policy {
  return {
    source: 'built-in default policy',
    manifests: ['**/readiness.yaml', '**/readiness.yml'],
    ignorePaths: [],
    profiles: {
      // An experiment is classified, not failed: it needs an owner and no secrets.
      experiment: { block: ['ownership', 'secretless'], warn: ['identity', 'image_pinning', 'least_privilege'] },
      beta: {
        block: ['ownership', 'secretless', 'identity', 'least_privilege', 'telemetry', 'image_pinning', 'api_surface'],
        warn: ALL.filter((c) => !['ownership', 'secretless', 'identity', 'least_privilege', 'telemetry', 'image_pinning', 'api_surface'].includes(c)),
      },
      production: { block: [...ALL], warn: [] },
    },
    boundaries: {
      public: { allowPublicEndpoints: true, block: [] },
      hybrid: { allowPublicEndpoints: true, block: [] },
      sovereign: { allowPublicEndpoints: true, block: ['deployment_boundary', 'data_contracts'] },
      disconnected: { allowPublicEndpoints: false, block: ['deployment_boundary'] },
    },
    controls: Object.fromEntries(
      CONTROL_IDS.map((id) => [id, { waivable: !NOT_WAIVABLE.includes(id), maxWaiverDays: 90 }]),
    ) as Policy['controls'],
    identityAllowed: ['SystemAssigned', 'UserAssigned', 'WorkloadIdentityFederation', 'IRSA', 'GCPWorkloadIdentity'],
    forbiddenRoles: ['Owner', 'Contributor', 'admin', 'administrator', 'cluster-admin', 'root', 'sa', 'db_owner', '*', '*:*', 'AdministratorAccess', 'roles/owner', 'roles/editor'],
    forbiddenScopes: ['*', 'all', 'all-datasets', 'all-tools', '*.*', 'full-access', 'admin'],
    requireSeparateCredentials: true,
    apiCatalog: [],
    requireDigest: false,
    monitoringLayers: ['data', 'model', 'system', 'business'],
    requireSlo: true,
    orphans: 'warn',
    noManifest: 'fail',
    // Docs, tests and examples are full of sample credentials; a verified one still blocks.
    nonBlockingContexts: ['test', 'example', 'docs'],
    blockVerifiedEverywhere: true,
    disabledRules: [],
    allowPaths: [],
    customRules: [],
    maxFileBytes: 2 * 1024 * 1024,
    unscannedFiles: 'block',
    waiverApproval: { inReview: false, teams: [] },
  };
}

export function resolvePolicy(input: PolicyInput | undefined, source: string): Policy {
  const base = defaultPolicy();
  if (!input) return base;
  // A copy: a caller that edits its policy must not edit the next one's.
  const expand = (list: 'all' | ControlId[]): ControlId[] => (list === 'all' ? [...ALL] : list);
  const profiles = { ...base.profiles };
  for (const tier of TIERS) {
    const p = input.profiles[tier];
    if (p) profiles[tier] = { block: expand(p.block), warn: expand(p.warn) };
  }
  const boundaries = { ...base.boundaries };
  for (const boundary of DEPLOYMENT_BOUNDARIES) {
    const b = input.boundaries[boundary];
    if (b) boundaries[boundary] = { allowPublicEndpoints: b.allow_public_endpoints, block: b.block };
  }
  const controls = { ...base.controls };
  for (const [id, settings] of Object.entries(input.controls)) {
    if (settings) controls[id as ControlId] = { waivable: settings.waivable, maxWaiverDays: settings.max_waiver_days };
  }
  return {
    source,
    manifests: input.manifests,
    ignorePaths: input.ignore_paths,
    profiles,
    boundaries,
    controls,
    identityAllowed: input.identity?.allowed ?? base.identityAllowed,
    forbiddenRoles: input.least_privilege?.forbidden_roles.length ? input.least_privilege.forbidden_roles : base.forbiddenRoles,
    forbiddenScopes: input.least_privilege?.forbidden_scopes.length ? input.least_privilege.forbidden_scopes : base.forbiddenScopes,
    requireSeparateCredentials: input.least_privilege?.require_separate_credentials ?? base.requireSeparateCredentials,
    apiCatalog: (input.api_catalog ?? []).map((entry) => (typeof entry === 'string' ? entry : entry.name)),
    apiCatalogFile: input.api_catalog_file,
    requireDigest: input.images?.require_digest ?? base.requireDigest,
    monitoringLayers: input.monitoring?.layers ?? base.monitoringLayers,
    requireSlo: input.monitoring?.require_slo ?? base.requireSlo,
    orphans: input.orphans ?? base.orphans,
    noManifest: input.no_manifest ?? base.noManifest,
    nonBlockingContexts: input.findings?.non_blocking_contexts ?? base.nonBlockingContexts,
    blockVerifiedEverywhere: input.findings?.block_verified_everywhere ?? base.blockVerifiedEverywhere,
    disabledRules: [...new Set((input.findings?.disable_rules ?? []).map((id) => (id.startsWith('secrets/') ? id : `secrets/${id}`)))].sort(),
    allowPaths: input.findings?.allow_paths ?? base.allowPaths,
    customRules: input.findings?.custom_rules ?? base.customRules,
    baseline: input.findings?.baseline,
    maxFileBytes: input.limits?.max_file_bytes ?? base.maxFileBytes,
    unscannedFiles: input.findings?.unscanned ?? base.unscannedFiles,
    waiverApproval: input.waivers ? { inReview: input.waivers.approval_in_review, teams: [...new Set(input.waivers.approver_teams)].sort() } : base.waiverApproval,
  };
}
