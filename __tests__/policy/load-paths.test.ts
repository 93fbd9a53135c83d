// Where the policy text comes from (an explicit path inside or outside the repository, the
// default files), the errors and hints of each refusal, and each finding's blocking verdict.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { failure } from '../helpers/config-failure.js';
import { findingVerdict } from '../../src/policy/finding-blocking.js';
import { findPolicyText, loadPolicy } from '../../src/policy/load.js';
import { defaultPolicy, resolvePolicy } from '../../src/policy/policy.js';
import { policySchema } from '../../src/policy/schema.js';
import type { Finding } from '../../src/scanners/types.js';
import { workspaceSource } from '../../src/workspace/file-source.js';
import { cleanupTrees, makeTree } from '../helpers/tmp-tree.js';

afterAll(cleanupTrees);


const POLICY = 'apiVersion: readiness-gate/v1\norphans: ignore\n';
const REGULAR_FILE_HINT = 'make the policy a regular YAML file inside the repository';

describe('an explicit policy path', () => {
  /** A repository at <top>/repo with policies inside it and one beside it, outside. */
  function layout() {
    const top = makeTree({ 'outside.yml': POLICY, 'repo/policies/strict.yml': POLICY });
    const root = path.join(top, 'repo');
    return { top, root, source: workspaceSource(root) };
  }

  it('inside the repository is read through the repository and remembers its repository path', () => {
    const { root, source } = layout();
    expect(findPolicyText(root, 'policies/strict.yml', root, source)).toEqual({ display: 'policies/strict.yml', repoPath: 'policies/strict.yml', text: POLICY });
    expect(findPolicyText(root, path.join(root, 'policies/strict.yml'), '/', source)).toEqual({ display: path.join(root, 'policies/strict.yml'), repoPath: 'policies/strict.yml', text: POLICY });
  });

  it.each([
    ['relative, beside the repository', '../outside.yml'],
    ['absolute, beside the repository', 'ABS'],
  ])('outside the repository (%s) is the operator’s own file: read, with no repository path', (_, given) => {
    const { top, root, source } = layout();
    const explicit = given === 'ABS' ? path.join(top, 'outside.yml') : given;
    expect(findPolicyText(root, explicit, root, source)).toEqual({ display: explicit, text: POLICY });
    expect(loadPolicy(root, explicit, root).orphans).toBe('ignore');
  });

  it.each([
    ['the repository root itself', '.'],
    ['the directory above the repository', '..'],
    ['a directory inside the repository', 'policies'],
  ])('naming %s is refused as not a regular file', (_, given) => {
    const { root, source } = layout();
    expect(failure(() => findPolicyText(root, given, root, source)).errors).toEqual([{ file: given, message: 'policy file is not a regular file', hint: REGULAR_FILE_HINT }]);
  });

  it('that does not exist says how to name another one or fall back to the defaults', () => {
    const { root, source } = layout();
    expect(failure(() => findPolicyText(root, 'nope.yml', root, source)).errors).toEqual([
      { file: 'nope.yml', message: 'policy file not found', hint: 'check the --policy flag or the `policy` input; omit it to use .github/readiness-policy.yml or the built-in policy' },
    ]);
  });
});

describe('the default policy files', () => {
  it('none of them: the built-in policy applies', () => {
    const root = makeTree({ 'x.txt': '' });
    expect(findPolicyText(root, undefined, root, workspaceSource(root))).toBeUndefined();
  });

  it('a default path that is a directory is an error, not a silent fallback to the built-in policy', () => {
    const root = makeTree({ '.github/readiness-policy.yml/x': '' });
    expect(failure(() => loadPolicy(root)).errors).toEqual([{ file: '.github/readiness-policy.yml', message: 'policy file is not a regular file', hint: REGULAR_FILE_HINT }]);
  });

  it('an oversized policy is told to move its catalog out', () => {
    const root = makeTree({ '.github/readiness-policy.yml': `apiVersion: readiness-gate/v1\n#${'x'.repeat(1024 * 1024)}\n` });
    expect(failure(() => loadPolicy(root)).errors[0]?.hint).toBe('move the API catalog to api_catalog_file or trim the policy');
  });
});

describe('policy text', () => {
  it('a null document before the policy is skipped like an empty one', () => {
    const root = makeTree({ '.github/readiness-policy.yml': `~\n---\n${POLICY}` });
    expect(loadPolicy(root).orphans).toBe('ignore');
  });

  it('a YAML error fails the policy even when a valid document was parsed around it', () => {
    const root = makeTree({ '.github/readiness-policy.yml': 'apiVersion: readiness-gate/v1\norphans: warn\norphans: fail\n' });
    expect(failure(() => loadPolicy(root)).errors).toEqual([expect.objectContaining({ file: '.github/readiness-policy.yml', line: 3, message: 'duplicate key: Map keys must be unique' })]);
  });

  it('a YAML error after a complete policy document fails the policy instead of using that document', () => {
    const root = makeTree({ '.github/readiness-policy.yml': `${POLICY}--- x: [\n` });
    const errors = failure(() => loadPolicy(root)).errors;
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((e) => e.file === '.github/readiness-policy.yml' && e.message.startsWith('YAML syntax error'))).toBe(true);
  });

  it('a catalog file that is a directory is refused with the regular-file hint', () => {
    const root = makeTree({ '.github/readiness-policy.yml': 'apiVersion: readiness-gate/v1\napi_catalog_file: catalog\n' });
    mkdirSync(path.join(root, 'catalog'));
    writeFileSync(path.join(root, 'catalog', 'x'), '');
    expect(failure(() => loadPolicy(root)).errors).toEqual([{ file: 'catalog', message: 'api_catalog_file is not a regular file', hint: 'name a regular file inside the repository' }]);
  });

  it('a missing catalog file says where else the catalog can go', () => {
    const root = makeTree({ '.github/readiness-policy.yml': 'apiVersion: readiness-gate/v1\napi_catalog_file: catalog.yaml\n' });
    expect(failure(() => loadPolicy(root)).errors).toEqual([{ file: 'catalog.yaml', message: 'api_catalog_file not found', hint: 'create it, or list the approved APIs inline under api_catalog' }]);
  });
});

describe('resolving details', () => {
  const parse = (input: Record<string, unknown>) => policySchema.parse({ apiVersion: 'readiness-gate/v1', ...input });

  it('disabled rules are prefixed, deduplicated and sorted', () => {
    expect(resolvePolicy(parse({ findings: { disable_rules: ['zeta-key', 'secrets/alpha-key', 'alpha-key', 'secrets/zeta-key', 'mid'] } }), 'p').disabledRules).toEqual([
      'secrets/alpha-key',
      'secrets/mid',
      'secrets/zeta-key',
    ]);
  });

  it('a control named without settings keeps the built-in settings', () => {
    const input = parse({});
    const p = resolvePolicy({ ...input, controls: { identity: undefined, release: { waivable: false, max_waiver_days: 7 } } }, 'p');
    expect(p.controls.identity).toEqual(defaultPolicy().controls.identity);
    expect(p.controls.release).toEqual({ waivable: false, maxWaiverDays: 7 });
  });

  it('unscanned files: the policy can lower them to a warning', () => {
    expect(resolvePolicy(parse({ findings: { unscanned: 'warn' } }), 'p').unscannedFiles).toBe('warn');
    expect(resolvePolicy(parse({ findings: {} }), 'p').unscannedFiles).toBe('block');
  });
});

describe('findingVerdict', () => {
  const finding = (over: Partial<Finding>): Finding => ({ ruleId: 'secrets/x', category: 'secret', severity: 'high', path: 'a.py', line: 1, column: 1, message: 'm', context: 'source', ...over });
  const policy = { nonBlockingContexts: ['test', 'example', 'docs'] as ('test' | 'example' | 'docs')[], blockVerifiedEverywhere: true };

  it.each<[string, Partial<Finding>, typeof policy, boolean, string]>([
    ['suppressed by the baseline', { suppression: { kind: 'baseline', reason: 'accepted 2026-01' }, confidence: 'verified' }, policy, false, 'accepted (baseline): accepted 2026-01'],
    ['without a confidence, in source', {}, policy, true, 'a finding in source blocks'],
    ['verified, in source', { confidence: 'verified' }, policy, true, 'a verified credential in source blocks'],
    ['without a confidence, in docs', { context: 'docs' }, policy, false, 'reported only: a finding in docs files (findings.non_blocking_contexts)'],
    ['generic, in a test', { context: 'test', confidence: 'generic' }, policy, false, 'reported only: a generic match in test files (findings.non_blocking_contexts)'],
    [
      'provider-shaped, in a context the policy does not list',
      { context: 'docs', confidence: 'provider' },
      { ...policy, nonBlockingContexts: ['test'] },
      true,
      "a provider-shaped token in docs files blocks: the policy does not list 'docs' in findings.non_blocking_contexts",
    ],
    ['verified, in an example', { context: 'example', confidence: 'verified' }, policy, true, 'a verified credential blocks in every context, example files included (findings.block_verified_everywhere)'],
    ['typed, read as an example', { context: 'example', confidence: 'generic', typed: true }, policy, false, 'reported only: a generic match in a typed value (counting sequence or repeated character), read as an example (findings.non_blocking_contexts)'],
    ['typed, in a test (its file\'s context)', { context: 'test', confidence: 'generic', typed: true }, policy, false, 'reported only: a generic match in test files (findings.non_blocking_contexts)'],
    ['typed, when examples block', { context: 'example', confidence: 'provider', typed: true }, { ...policy, nonBlockingContexts: ['test'] }, true, "a provider-shaped token in a typed value (example) blocks: the policy does not list 'example' in findings.non_blocking_contexts"],
    ['typed, in a test, when tests block', { context: 'test', confidence: 'provider', typed: true }, { ...policy, nonBlockingContexts: ['docs'] }, true, "a provider-shaped token in test files blocks: the policy does not list 'test' in findings.non_blocking_contexts"],
    ['verified, in an example, when verified ones may rank lower', { context: 'example', confidence: 'verified' }, { ...policy, blockVerifiedEverywhere: false }, false, 'reported only: a verified credential in example files (findings.non_blocking_contexts)'],
  ])('%s', (_, over, p, blocking, reason) => {
    expect(findingVerdict(finding(over), p)).toEqual({ blocking, reason });
  });
});
