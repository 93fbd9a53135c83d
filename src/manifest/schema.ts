// The readiness manifest: one per workload, versioned by `apiVersion`. Every object is strict
// so a misspelt key is an error with a suggestion rather than a silently ignored claim.
import { z } from 'zod';

export const MANIFEST_API_VERSION = 'readiness-gate/v1';

export const CONTROL_IDS = [
  'identity',
  'secretless',
  'least_privilege',
  'telemetry',
  'api_surface',
  'image_pinning',
  'ownership',
  'cost_guardrails',
  'data_contracts',
  'deployment_boundary',
  'monitoring',
  'release',
  'container_hardening',
] as const;
export type ControlId = (typeof CONTROL_IDS)[number];

export const TIERS = ['experiment', 'beta', 'production'] as const;
export type Tier = (typeof TIERS)[number];

export const DEPLOYMENT_BOUNDARIES = ['public', 'hybrid', 'sovereign', 'disconnected'] as const;
export type DeploymentBoundary = (typeof DEPLOYMENT_BOUNDARIES)[number];

export const IDENTITY_TYPES = [
  'SystemAssigned',
  'UserAssigned',
  'WorkloadIdentityFederation',
  'IRSA',
  'GCPWorkloadIdentity',
  'None',
  'StaticKey',
] as const;

const text = z.string().trim().min(1, 'must not be empty');
/** A path inside the repository, relative to the manifest's directory. */
const repoPath = text.describe('path relative to this manifest, inside the repository');
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .describe('YYYY-MM-DD');

const identity = z
  .strictObject({
    type: z.enum(IDENTITY_TYPES).describe('How the workload authenticates to other services'),
    principal: text.optional().describe('Principal id or name, e.g. mi://analytics-app'),
  })
  .describe('The workload identity: managed identity, workload identity federation, IRSA...');

const roleGrant = z.union([
  text,
  z.strictObject({ role: text, scope: text.optional() }),
]);

const access = z
  .strictObject({
    roles: z.array(roleGrant).default([]).describe('Role assignments (RBAC and data-plane roles)'),
    tool_scopes: z.array(text).default([]).describe('Scopes granted to tools and agents'),
    credentials: z
      .strictObject({
        build_time: text.describe('Identity used by CI/build, e.g. github-oidc'),
        run_time: text.describe('Identity used at run time, e.g. managed-identity'),
      })
      .optional()
      .describe('Build-time and run-time credentials must be separate'),
  })
  .describe('Roles and scopes granted to the workload');

const telemetry = z
  .strictObject({
    logs: z.boolean().default(false),
    metrics: z.boolean().default(false),
    trace_export: z.string().trim().default('').describe('Trace exporter, e.g. OpenTelemetry'),
  })
  .describe('Diagnostics: logs, metrics and trace export');

const apiEntry = z
  .strictObject({
    name: text,
    kind: z.enum(['api', 'tool', 'agent-action']).default('api'),
    exposure: z.enum(['public', 'internal', 'private']).default('internal'),
    authentication: text.optional(),
    authorization: text.optional(),
    throttling: text.optional(),
    version: text.optional(),
    deprecation_policy: text.optional(),
    audit_trail: text.optional(),
  })
  .describe('A callable surface: REST API, tool or agent action');

const ownership = z
  .strictObject({
    team: text.optional(),
    on_call: text.optional().describe('Rotation or pager to reach at 2 a.m.'),
    escalation: text.optional(),
    runbook: repoPath.optional(),
  })
  .describe('Who owns the workload and how to reach them');

const cost = z
  .strictObject({
    monthly_budget: z.number().positive().optional(),
    currency: z.string().trim().length(3).default('USD'),
    unit_metrics: z
      .array(text)
      .default([])
      .describe('e.g. cost_per_workflow, cost_per_agent_interaction, cost_per_dataset_refresh'),
  })
  .describe('Cost guardrails: a budget and unit economics');

const dataContract = z.strictObject({
  path: repoPath,
  version: text.optional().describe('Schema version; may also be carried in the contract file'),
});

const threshold = z.strictObject({
  metric: text,
  threshold: z.union([z.number(), text]),
  alert: text.optional(),
});

const monitoring = z
  .strictObject({
    slos: z.array(z.strictObject({ name: text, objective: z.union([z.number(), text]) })).default([]),
    thresholds: z
      .strictObject({
        data: z.array(threshold).default([]),
        model: z.array(threshold).default([]),
        system: z.array(threshold).default([]),
        business: z.array(threshold).default([]),
      })
      .prefault({}),
  })
  .describe('Alert thresholds per layer and service SLOs');

const release = z
  .strictObject({
    image_version: text.optional(),
    model_version: text.optional(),
    rollback_plan: repoPath.optional(),
    changelog: repoPath.optional(),
  })
  .describe('Versioned artifacts, rollback plan and change log');

const waiver = z.strictObject({
  control: z.enum(CONTROL_IDS),
  reason: text,
  approver: text,
  expires: isoDate,
});

export const manifestSchema = z
  .strictObject({
    apiVersion: z.literal(MANIFEST_API_VERSION),
    name: z
      .string()
      .regex(/^[a-z0-9]([a-z0-9._-]{0,62}[a-z0-9])?$/, 'must be lowercase letters, digits, ".", "_" or "-" (max 64)'),
    description: z.string().optional(),
    tier: z.enum(TIERS).describe('experiment, beta or production: what promotion is asked for'),
    deployment_boundary: z.enum(DEPLOYMENT_BOUNDARIES).optional(),
    model: z
      .string()
      .trim()
      .optional()
      .describe('The ML model the workload serves, or none (n/a) when it serves no model: then model versions and model-layer thresholds do not apply'),
    paths: z
      .array(repoPath)
      .default(['.'])
      .describe('Files and directories the workload owns (globs allowed), relative to this manifest'),
    containers: z.array(text).default([]).describe('Container names the workload owns'),
    identity: identity.optional(),
    access: access.optional(),
    telemetry: telemetry.optional(),
    api_surface: z.array(apiEntry).default([]),
    ownership: ownership.optional(),
    cost: cost.optional(),
    data_contracts: z.array(dataContract).default([]),
    monitoring: monitoring.optional(),
    release: release.optional(),
    waivers: z.array(waiver).default([]),
  })
  .describe('readiness-gate workload manifest');

export type Manifest = z.output<typeof manifestSchema>;
export type Waiver = Manifest['waivers'][number];
export type ApiEntry = Manifest['api_surface'][number];
