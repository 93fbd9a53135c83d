// The resolved policy: the built-in bar, a policy file laid over it section by section, the
// schema's defaults and limits, and the loader's errors.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { failure } from '../helpers/config-failure.js';
import { CONTROL_IDS } from '../../src/manifest/schema.js';
import { DEFAULT_POLICY_PATHS, loadPolicy } from '../../src/policy/load.js';
import { defaultPolicy, resolvePolicy, type Policy } from '../../src/policy/policy.js';
import { policySchema } from '../../src/policy/schema.js';
import { cleanupTrees, makeTree } from '../helpers/tmp-tree.js';

afterAll(cleanupTrees);

const parse = (input: Record<string, unknown>) => policySchema.parse({ apiVersion: 'readiness-gate/v1', ...input });
const resolve = (input: Record<string, unknown>) => resolvePolicy(parse(input), 'policy.yml');


describe('the built-in policy', () => {
  // Built inside each test, not when the file loads: a mutant is switched on when the first
  // test starts, so a value computed at collection time would never see it.
  let p: Policy;
  beforeEach(() => {
    p = defaultPolicy();
  });

  it('beta blocks on the security core and warns on everything else', () => {
    const core = ['ownership', 'secretless', 'identity', 'least_privilege', 'telemetry', 'image_pinning', 'api_surface'];
    expect(p.profiles.beta.block).toEqual(core);
    expect(p.profiles.beta.warn).toEqual(CONTROL_IDS.filter((c) => !core.includes(c)));
    expect(p.profiles.experiment).toEqual({ block: ['ownership', 'secretless'], warn: ['identity', 'image_pinning', 'least_privilege'] });
    expect(p.profiles.production).toEqual({ block: [...CONTROL_IDS], warn: [] });
  });

  it('identity, secretless, least privilege and telemetry cannot be waived; every waiver lasts at most 90 days', () => {
    expect(CONTROL_IDS.filter((id) => !p.controls[id].waivable)).toEqual(['identity', 'secretless', 'least_privilege', 'telemetry']);
    expect(CONTROL_IDS.every((id) => p.controls[id].maxWaiverDays === 90)).toBe(true);
  });

  it('boundaries: sovereign blocks on boundary and contracts, disconnected forbids public endpoints', () => {
    expect(p.boundaries).toEqual({
      public: { allowPublicEndpoints: true, block: [] },
      hybrid: { allowPublicEndpoints: true, block: [] },
      sovereign: { allowPublicEndpoints: true, block: ['deployment_boundary', 'data_contracts'] },
      disconnected: { allowPublicEndpoints: false, block: ['deployment_boundary'] },
    });
  });

  it('the rest of the bar', () => {
    expect(p).toMatchObject({
      source: 'built-in default policy',
      manifests: ['**/readiness.yaml', '**/readiness.yml'],
      ignorePaths: [],
      identityAllowed: ['SystemAssigned', 'UserAssigned', 'WorkloadIdentityFederation', 'IRSA', 'GCPWorkloadIdentity'],
      requireSeparateCredentials: true,
      apiCatalog: [],
      requireDigest: false,
      monitoringLayers: ['data', 'model', 'system', 'business'],
      requireSlo: true,
      orphans: 'warn',
      noManifest: 'fail',
      nonBlockingContexts: ['test', 'example', 'docs'],
      blockVerifiedEverywhere: true,
      disabledRules: [],
      unscannedFiles: 'block',
      allowPaths: [],
      customRules: [],
      maxFileBytes: 2 * 1024 * 1024,
      waiverApproval: { inReview: false, teams: [] },
    });
    expect(p.forbiddenRoles).toEqual(['Owner', 'Contributor', 'admin', 'administrator', 'cluster-admin', 'root', 'sa', 'db_owner', '*', '*:*', 'AdministratorAccess', 'roles/owner', 'roles/editor']);
    expect(p.forbiddenScopes).toEqual(['*', 'all', 'all-datasets', 'all-tools', '*.*', 'full-access', 'admin']);
    expect(p.baseline).toBeUndefined();
    expect(p.apiCatalogFile).toBeUndefined();
  });

  it('each call is a fresh copy: changing one does not change the next', () => {
    const a = defaultPolicy();
    a.profiles.production.block.pop();
    a.forbiddenRoles.push('x');
    expect(defaultPolicy().profiles.production.block).toHaveLength(CONTROL_IDS.length);
    expect(defaultPolicy().forbiddenRoles).not.toContain('x');
    const all = resolve({ profiles: { beta: { block: 'all' } } });
    all.profiles.beta.block.pop();
    expect(resolve({ profiles: { beta: { block: 'all' } } }).profiles.beta.block).toHaveLength(CONTROL_IDS.length);
  });
});

describe('resolvePolicy', () => {
  it('without a policy file it is the built-in policy', () => {
    expect(resolvePolicy(undefined, 'ignored')).toEqual(defaultPolicy());
  });

  it('a minimal file keeps the built-in bar and names its source', () => {
    expect(resolve({})).toEqual({ ...defaultPolicy(), source: 'policy.yml' });
  });

  it('profiles: `all` expands to every control; tiers not named keep the built-in profile', () => {
    const p = resolve({ profiles: { beta: { block: 'all', warn: [] }, experiment: { block: ['secretless'], warn: 'all' } } });
    expect(p.profiles.beta).toEqual({ block: [...CONTROL_IDS], warn: [] });
    expect(p.profiles.experiment).toEqual({ block: ['secretless'], warn: [...CONTROL_IDS] });
    expect(p.profiles.production).toEqual(defaultPolicy().profiles.production);
  });

  it('boundaries and control settings replace only what they name', () => {
    const p = resolve({ boundaries: { public: { allow_public_endpoints: false, block: ['release'] } }, controls: { release: { waivable: false, max_waiver_days: 30 } } });
    expect(p.boundaries.public).toEqual({ allowPublicEndpoints: false, block: ['release'] });
    expect(p.boundaries.sovereign).toEqual(defaultPolicy().boundaries.sovereign);
    expect(p.controls.release).toEqual({ waivable: false, maxWaiverDays: 30 });
    expect(p.controls.monitoring).toEqual({ waivable: true, maxWaiverDays: 90 });
    expect(resolve({ boundaries: { hybrid: {} } }).boundaries.hybrid).toEqual({ allowPublicEndpoints: true, block: [] });
  });

  it('identity and least privilege', () => {
    const p = resolve({ identity: { allowed: ['IRSA'] }, least_privilege: { forbidden_roles: ['god'], forbidden_scopes: ['everything'], require_separate_credentials: false } });
    expect(p).toMatchObject({ identityAllowed: ['IRSA'], forbiddenRoles: ['god'], forbiddenScopes: ['everything'], requireSeparateCredentials: false });
    const empty = resolve({ least_privilege: {} });
    expect(empty.forbiddenRoles).toEqual(defaultPolicy().forbiddenRoles);
    expect(empty.forbiddenScopes).toEqual(defaultPolicy().forbiddenScopes);
    expect(empty.requireSeparateCredentials).toBe(true);
  });

  it('the API catalog takes names from strings and entries; a catalog file is remembered', () => {
    const p = resolve({ api_catalog: ['a-read', { name: 'b-write', description: 'reviewed' }], api_catalog_file: 'catalog.yaml' });
    expect(p.apiCatalog).toEqual(['a-read', 'b-write']);
    expect(p.apiCatalogFile).toBe('catalog.yaml');
  });

  it('images, monitoring, orphans, manifests, findings and limits', () => {
    const p = resolve({
      manifests: ['svc/*/gate.yaml'],
      ignore_paths: ['vendor/**'],
      images: { require_digest: true },
      monitoring: { layers: ['system'], require_slo: false },
      orphans: 'fail',
      no_manifest: 'warn',
      findings: { non_blocking_contexts: ['docs'], allow_paths: ['fixtures/**'], custom_rules: [{ id: 'acme-token', pattern: 'acme_[a-z]{8}' }], baseline: '.baseline.json' },
      limits: { max_file_bytes: 1000 },
    });
    expect(p).toMatchObject({
      manifests: ['svc/*/gate.yaml'],
      ignorePaths: ['vendor/**'],
      requireDigest: true,
      monitoringLayers: ['system'],
      requireSlo: false,
      orphans: 'fail',
      noManifest: 'warn',
      nonBlockingContexts: ['docs'],
      allowPaths: ['fixtures/**'],
      customRules: [{ id: 'acme-token', pattern: 'acme_[a-z]{8}', keywords: [], severity: 'high' }],
      baseline: '.baseline.json',
      maxFileBytes: 1000,
    });
  });
});

describe('policy schema', () => {
  it('fills defaults', () => {
    const p = parse({ profiles: { beta: {} }, boundaries: { public: {} }, controls: { release: {} }, monitoring: {}, findings: {}, limits: {}, images: {} });
    expect(p).toMatchObject({
      kind: 'Policy',
      manifests: ['**/readiness.yaml', '**/readiness.yml'],
      ignore_paths: [],
      profiles: { beta: { block: [], warn: [] } },
      boundaries: { public: { allow_public_endpoints: true, block: [] } },
      controls: { release: { waivable: true, max_waiver_days: 90 } },
      monitoring: { layers: ['data', 'model', 'system', 'business'], require_slo: true },
      findings: { allow_paths: [], custom_rules: [], disable_rules: [], unscanned: 'block' },
      limits: { max_file_bytes: 2 * 1024 * 1024 },
      images: { require_digest: false },
    });
    // Left unset, so the built-in contexts apply when the policy is resolved.
    expect(p.findings).not.toHaveProperty('non_blocking_contexts');
    expect(parse({ findings: { custom_rules: [{ id: 'ab', pattern: 'x' }] } }).findings!.custom_rules[0]).toEqual({ id: 'ab', pattern: 'x', keywords: [], severity: 'high' });
  });

  it.each([
    ['an unknown key', { orphan: 'fail' }],
    ['another apiVersion', { apiVersion: 'v2' }],
    ['another kind', { kind: 'Manifest' }],
    ['an unknown control', { profiles: { beta: { block: ['identiy'] } } }],
    ['a waiver limit over ten years', { controls: { release: { max_waiver_days: 3651 } } }],
    ['a waiver limit of zero', { controls: { release: { max_waiver_days: 0 } } }],
    ['a fractional waiver limit', { controls: { release: { max_waiver_days: 1.5 } } }],
    ['a blank glob', { manifests: ['  '] }],
    ['a custom rule id with capitals', { findings: { custom_rules: [{ id: 'Acme', pattern: 'x' }] } }],
    ['a one-letter custom rule id', { findings: { custom_rules: [{ id: 'a', pattern: 'x' }] } }],
    ['a custom rule id starting with a dash', { findings: { custom_rules: [{ id: '-ab', pattern: 'x' }] } }],
    ['a custom rule with a blank pattern', { findings: { custom_rules: [{ id: 'ab', pattern: ' ' }] } }],
    ['an unknown severity', { findings: { custom_rules: [{ id: 'ab', pattern: 'x', severity: 'urgent' }] } }],
    ['an unknown context', { findings: { non_blocking_contexts: ['source'] } }],
    ['an empty identity list', { identity: { allowed: [] } }],
    ['an unknown identity', { identity: { allowed: ['StaticKeys'] } }],
    ['an unknown monitoring layer', { monitoring: { layers: ['vibes'] } }],
    ['an unknown orphan verdict', { orphans: 'block' }],
    ['a negative file limit', { limits: { max_file_bytes: -1 } }],
    ['a catalog entry without a name', { api_catalog: [{ description: 'x' }] }],
  ])('refuses %s', (_, input) => {
    expect(policySchema.safeParse({ apiVersion: 'readiness-gate/v1', ...input }).success).toBe(false);
  });

  it('accepts the longest custom rule id and trims text', () => {
    expect(policySchema.safeParse({ apiVersion: 'readiness-gate/v1', findings: { custom_rules: [{ id: `a${'b'.repeat(62)}`, pattern: 'x' }] } }).success).toBe(true);
    expect(policySchema.safeParse({ apiVersion: 'readiness-gate/v1', findings: { custom_rules: [{ id: `a${'b'.repeat(63)}`, pattern: 'x' }] } }).success).toBe(false);
    expect(parse({ manifests: ['  a.yaml  '] }).manifests).toEqual(['a.yaml']);
    expect(parse({ controls: { release: { max_waiver_days: 3650 } } }).controls.release!.max_waiver_days).toBe(3650);
  });
});

describe('loading a policy file', () => {
  it('finds .github/readiness-policy.yaml when there is no .yml', () => {
    expect(DEFAULT_POLICY_PATHS).toEqual(['.github/readiness-policy.yml', '.github/readiness-policy.yaml']);
    const root = makeTree({ '.github/readiness-policy.yaml': 'apiVersion: readiness-gate/v1\norphans: fail\n' });
    expect(loadPolicy(root)).toMatchObject({ source: '.github/readiness-policy.yaml', orphans: 'fail' });
  });

  it('prefers .yml over .yaml', () => {
    const root = makeTree({ '.github/readiness-policy.yml': 'apiVersion: readiness-gate/v1\norphans: fail\n', '.github/readiness-policy.yaml': 'apiVersion: readiness-gate/v1\norphans: ignore\n' });
    expect(loadPolicy(root).orphans).toBe('fail');
  });

  it('an explicit path is resolved from the working directory and reported as given', () => {
    const cwd = makeTree({ 'policies/strict.yml': 'apiVersion: readiness-gate/v1\nno_manifest: warn\n' });
    const root = makeTree({ '.github/readiness-policy.yml': 'apiVersion: readiness-gate/v1\nno_manifest: fail\n' });
    expect(loadPolicy(root, 'policies/strict.yml', cwd)).toMatchObject({ source: 'policies/strict.yml', noManifest: 'warn' });
    const missing = failure(() => loadPolicy(root, 'policies/strict.yml', root)).errors[0]!;
    expect(missing).toMatchObject({ file: 'policies/strict.yml', message: 'policy file not found' });
    expect(missing.hint).toMatch(/--policy/);
  });

  it('a policy file over 1 MiB is refused before it is parsed', () => {
    const root = makeTree({ '.github/readiness-policy.yml': `apiVersion: readiness-gate/v1\n#${'x'.repeat(1024 * 1024)}\n` });
    expect(failure(() => loadPolicy(root)).errors).toEqual([{ file: '.github/readiness-policy.yml', message: 'policy file is over the 1048576-byte limit', hint: expect.stringContaining('api_catalog_file') }]);
  });

  it('an empty policy file is an error at line 1', () => {
    const root = makeTree({ '.github/readiness-policy.yml': '# nothing yet\n' });
    expect(failure(() => loadPolicy(root)).errors).toEqual([{ file: '.github/readiness-policy.yml', line: 1, column: 1, message: 'the policy file is empty', hint: 'start with apiVersion: readiness-gate/v1' }]);
  });

  it('YAML errors and schema errors are located', () => {
    const broken = makeTree({ '.github/readiness-policy.yml': 'apiVersion: readiness-gate/v1\norphans: [fail\n' });
    expect(failure(() => loadPolicy(broken)).errors[0]).toMatchObject({ file: '.github/readiness-policy.yml', line: expect.any(Number) });
    const wrong = makeTree({ '.github/readiness-policy.yml': 'apiVersion: readiness-gate/v1\nno_manifest: maybe\n' });
    expect(failure(() => loadPolicy(wrong)).errors[0]).toMatchObject({ file: '.github/readiness-policy.yml', line: 2, keyPath: 'no_manifest' });
  });

  it('the first non-empty document is the policy', () => {
    const root = makeTree({ '.github/readiness-policy.yml': '---\n---\napiVersion: readiness-gate/v1\norphans: ignore\n' });
    expect(loadPolicy(root).orphans).toBe('ignore');
  });

  it('catalog file problems are configuration errors naming the file', () => {
    const policy = 'apiVersion: readiness-gate/v1\napi_catalog_file: catalog.yaml\n';
    const missing = makeTree({ '.github/readiness-policy.yml': policy });
    expect(failure(() => loadPolicy(missing)).errors[0]).toMatchObject({ file: 'catalog.yaml', message: 'api_catalog_file not found', hint: expect.stringContaining('api_catalog') });
    const empty = makeTree({ '.github/readiness-policy.yml': policy, 'catalog.yaml': '' });
    expect(failure(() => loadPolicy(empty)).errors[0]).toMatchObject({ file: 'catalog.yaml', message: 'empty catalog' });
    const invalid = makeTree({ '.github/readiness-policy.yml': policy, 'catalog.yaml': '- name: a\n  owner: b\n' });
    expect(failure(() => loadPolicy(invalid)).errors[0]).toMatchObject({ file: 'catalog.yaml' });
    const broken = makeTree({ '.github/readiness-policy.yml': policy, 'catalog.yaml': '- [a\n' });
    expect(failure(() => loadPolicy(broken)).errors[0]).toMatchObject({ file: 'catalog.yaml' });
    const outside = makeTree({ '.github/readiness-policy.yml': 'apiVersion: readiness-gate/v1\napi_catalog_file: ../x.yaml\n' });
    expect(failure(() => loadPolicy(outside)).errors[0]).toMatchObject({ file: '../x.yaml', hint: 'name a regular file inside the repository' });
  });

  it('a catalog file alone is the catalog', () => {
    const root = makeTree({ '.github/readiness-policy.yml': 'apiVersion: readiness-gate/v1\napi_catalog_file: catalog.yaml\n', 'catalog.yaml': '- a-read\n' });
    expect(loadPolicy(root).apiCatalog).toEqual(['a-read']);
  });

  it('reads the file from the repository root, not the working directory', () => {
    const root = makeTree({ '.github/readiness-policy.yml': 'apiVersion: readiness-gate/v1\norphans: ignore\n' });
    const elsewhere = makeTree({});
    writeFileSync(path.join(elsewhere, 'x'), '');
    expect(loadPolicy(root, undefined, elsewhere).orphans).toBe('ignore');
  });
});
