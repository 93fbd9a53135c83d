// The policy: written once by a platform team, applied to every workload in a repository.
import { z } from 'zod';
import { CONTROL_IDS, DEPLOYMENT_BOUNDARIES, IDENTITY_TYPES, MANIFEST_API_VERSION, TIERS } from '../manifest/schema.js';

const controlId = z.enum(CONTROL_IDS);
const text = z.string().trim().min(1);

const profile = z.strictObject({
  /** Controls whose failure blocks promotion at this tier. `all` means every control. */
  block: z.union([z.literal('all'), z.array(controlId)]).default([]),
  /** Controls reported as warnings at this tier; anything in neither list is advice. */
  warn: z.union([z.literal('all'), z.array(controlId)]).default([]),
});

const boundaryRule = z.strictObject({
  allow_public_endpoints: z.boolean().default(true),
  /** Extra controls that block for workloads behind this boundary, whatever their tier. */
  block: z.array(controlId).default([]),
});

const controlSettings = z.strictObject({
  waivable: z.boolean().default(true),
  max_waiver_days: z.number().int().positive().max(3650).default(90),
});

const catalogEntry = z.union([text, z.strictObject({ name: text, description: z.string().optional() })]);

const customRule = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{1,62}$/, 'lowercase letters, digits and "-"'),
  description: z.string().optional(),
  pattern: text,
  keywords: z.array(text).default([]),
  severity: z.enum(['critical', 'high', 'medium', 'low']).default('high'),
});

/** A GitHub team as `org/team-slug` (an optional leading `@`, as in CODEOWNERS). */
const teamName = z
  .string()
  .trim()
  .regex(/^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/, 'a team as org/team-slug')
  .transform((t) => t.replace(/^@/, '').toLowerCase());

const waiverRules = z.strictObject({
  approval_in_review: z
    .boolean()
    .default(false)
    .describe("A waiver the PR adds counts once a reviewer its `approver` names (a GitHub login, or a team listed here) approves the PR's head commit; never the PR's author"),
  approver_teams: z.array(teamName).default([]).describe('Teams (org/team-slug) a waiver may name as its approver under approval_in_review'),
});

export const policySchema = z.strictObject({
  apiVersion: z.literal(MANIFEST_API_VERSION),
  kind: z.literal('Policy').default('Policy'),
  manifests: z.array(text).default(['**/readiness.yaml', '**/readiness.yml']).describe('Globs that find manifests'),
  ignore_paths: z.array(text).default([]).describe('Globs never scanned'),
  profiles: z.strictObject(Object.fromEntries(TIERS.map((t) => [t, profile.optional()])) as Record<(typeof TIERS)[number], z.ZodOptional<typeof profile>>).default({}),
  boundaries: z
    .strictObject(Object.fromEntries(DEPLOYMENT_BOUNDARIES.map((b) => [b, boundaryRule.optional()])) as Record<(typeof DEPLOYMENT_BOUNDARIES)[number], z.ZodOptional<typeof boundaryRule>>)
    .default({}),
  controls: z.partialRecord(controlId, controlSettings).default({}),
  identity: z.strictObject({ allowed: z.array(z.enum(IDENTITY_TYPES)).min(1) }).optional(),
  least_privilege: z
    .strictObject({
      forbidden_roles: z.array(text).default([]).describe('Case-insensitive; "*" inside a value matches anything'),
      forbidden_scopes: z.array(text).default([]),
      require_separate_credentials: z.boolean().default(true),
    })
    .optional(),
  api_catalog: z.array(catalogEntry).optional().describe('Approved APIs, tools and agent actions'),
  api_catalog_file: text.optional().describe('A YAML list of approved names, relative to the repository root'),
  images: z.strictObject({ require_digest: z.boolean().default(false) }).optional(),
  monitoring: z.strictObject({ layers: z.array(z.enum(['data', 'model', 'system', 'business'])).default(['data', 'model', 'system', 'business']), require_slo: z.boolean().default(true) }).optional(),
  orphans: z.enum(['ignore', 'warn', 'fail']).optional().describe('Deployables no manifest covers'),
  no_manifest: z.enum(['warn', 'fail']).optional().describe('Verdict when the tree declares no workload'),
  findings: z
    .strictObject({
      /** Findings in these contexts are still reported but do not block (default: all three). */
      non_blocking_contexts: z.array(z.enum(['test', 'example', 'docs'])).optional().describe('Contexts whose findings are reported but do not block; default [test, example, docs]'),
      block_verified_everywhere: z.boolean().optional().describe('Verified credentials (matching checksum, well-formed private key) block in every context; default true'),
      disable_rules: z.array(text).default([]).describe('Built-in secret rule ids not to run (e.g. generic-secret-assignment or secrets/secret-in-log)'),
      allow_paths: z.array(text).default([]).describe('Globs whose secret findings are reported as suppressed'),
      custom_rules: z.array(customRule).default([]),
      baseline: text.optional().describe('Baseline file of accepted finding fingerprints'),
      unscanned: z.enum(['block', 'warn']).default('block').describe('Text-like files the scan could not read, at production tier: block (default) or warn'),
    })
    .optional(),
  waivers: waiverRules.optional().describe('How waivers the PR adds may be approved'),
  limits: z
    .strictObject({
      max_file_bytes: z.number().int().positive().default(2 * 1024 * 1024),
    })
    .optional(),
});

export type PolicyInput = z.output<typeof policySchema>;
export type ProfileInput = z.output<typeof profile>;
