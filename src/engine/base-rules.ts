// Which policy a pull request is judged by: its base commit's. The policy file (and the API
// catalog it names) come from the base's git objects; the PR's own policy, when it differs, is
// only previewed. When the base cannot be read the checkout's policy is used with a notice,
// and if the PR is known to change a rules file the check fails closed.
import { ConfigurationFailure } from '../config/failure.js';
import { formatConfigError } from '../errors.js';
import { findPolicyText, loadPolicy, policyFromText, DEFAULT_POLICY_PATHS } from '../policy/load.js';
import { defaultPolicy, type Policy } from '../policy/policy.js';
import { workspaceSource, type FileSource } from '../workspace/file-source.js';
import { DEFAULT_BASELINE_PATH } from './baseline.js';
import type { BaseRules, NewException } from '../report/types.js';
import path from 'node:path';
import { toPosix } from '../workspace/paths.js';
import { openBase, type BaseOpen } from './base-source.js';
import { openRemoteBase, type RemoteFiles } from './remote-base.js';
import { baseRulesResults, type RepositoryResult, type RulesBlocker } from '../scorecard/repository.js';

export interface RulesRequest {
  root: string;
  policyPath?: string;
  cwd?: string;
  baseRef?: string;
  /** Files the PR changes, when the caller knows them (the pull request files API): for failing closed. */
  changedFiles?: readonly string[];
  /** The git checkout the base is read from when `root` is not in one (a PR head copied out as data). */
  baseRepo?: string;
  /** Reads the base commit's files remotely (the contents API) when its git objects are not in the checkout. */
  baseFiles?: RemoteFiles;
}

/**
 * The base commit, from git objects when the checkout has them, else through `baseFiles`
 * (with what the rules need fetched ahead); undefined without a base ref.
 */
export async function openRulesBase(request: RulesRequest): Promise<BaseOpen | undefined> {
  const { root, baseRef } = request;
  if (!baseRef) return undefined;
  const opened = openBase(request.baseRepo ?? root, baseRef);
  if (opened.ok || !request.baseFiles || !/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(baseRef)) return opened;
  const remote = await openRemoteBase(request.baseFiles, baseRef, policyRepoPath(root, request.policyPath, request.cwd ?? process.cwd()));
  return remote.ok ? remote : { ok: false, reason: `${opened.reason}; ${remote.reason}` };
}

/** The explicit policy's repository-relative path, when it names a file inside the repository. */
function policyRepoPath(root: string, policyPath: string | undefined, cwd: string): string | undefined {
  if (!policyPath) return undefined;
  const rel = toPosix(path.relative(path.resolve(root), path.resolve(cwd, policyPath)));
  return rel !== '' && rel !== '..' && !rel.startsWith('../') && !path.isAbsolute(rel) ? rel : undefined;
}

export interface Rules {
  policy: Policy;
  /** Where the baseline (and anything else the rules name) is read from. */
  source: FileSource;
  base?: { commit: string; source: FileSource };
  notices: string[];
  /** Repository-level blockers the rules themselves raise (fail closed). */
  blockers: RulesBlocker[];
  /** The head's policy differs from the base's and loads: preview the verdict under it. */
  previewHeadPolicy: boolean;
  /** The head's policy file, when it is in the repository (where a policy change shows). */
  headPolicyFile?: string;
}

/** `opened`: the base as openRulesBase found it (git objects are tried here when it is not given). */
export function resolveRules(request: RulesRequest, opened: BaseOpen | undefined = request.baseRef ? openBase(request.baseRepo ?? request.root, request.baseRef) : undefined): Rules {
  const { root, policyPath } = request;
  const cwd = request.cwd ?? process.cwd();
  const head = workspaceSource(root);
  if (!opened) return { policy: loadPolicy(root, policyPath, cwd, head), source: head, notices: [], blockers: [], previewHeadPolicy: false };

  if (!opened.ok) {
    const policy = loadPolicy(root, policyPath, cwd, head);
    const notices = [`The base commit could not be read (${opened.reason}): the policy, baseline and API catalog are the checkout's own, and exceptions added by this PR could not be told apart.`];
    const rulesFiles = new Set([...DEFAULT_POLICY_PATHS, ...(policyPath ? [policyPath] : []), policy.baseline ?? DEFAULT_BASELINE_PATH, ...(policy.apiCatalogFile ? [policy.apiCatalogFile] : [])]);
    const changed = (request.changedFiles ?? []).filter((f) => rulesFiles.has(f));
    const blockers: RulesBlocker[] = changed.length ? [{ kind: 'base-unreadable', changed, reason: opened.reason }] : [];
    return { policy, source: head, notices, blockers, previewHeadPolicy: false };
  }

  const base = { commit: opened.commit, source: opened.source };
  const notices: string[] = [];
  const blockers: RulesBlocker[] = [];
  let policy: Policy;
  try {
    const baseText = findPolicyText(root, policyPath, cwd, base.source);
    policy = baseText ? policyFromText(baseText, base.source) : defaultPolicy();
  } catch (error) {
    if (!(error instanceof ConfigurationFailure)) throw error;
    notices.push(`The base commit's policy does not load (${firstError(error)}): judged by the built-in policy.`);
    policy = defaultPolicy();
  }
  let previewHeadPolicy = false;
  let headPolicyFile: string | undefined;
  try {
    const headText = findPolicyText(root, policyPath, cwd, head);
    headPolicyFile = headText?.repoPath;
    const headPolicy = headText ? policyFromText(headText, head) : defaultPolicy();
    previewHeadPolicy = !samePolicy(policy, headPolicy);
  } catch (error) {
    if (!(error instanceof ConfigurationFailure)) throw error;
    const first = error.errors[0];
    blockers.push({ kind: 'head-policy-broken', file: first?.file || policyPath || DEFAULT_POLICY_PATHS[0]!, ...(first?.line ? { line: first.line } : {}), error: firstError(error) });
  }
  policy.source = `${policy.source} (from ${base.source.label})`;
  return { policy, source: base.source, base, notices, blockers, previewHeadPolicy, ...(headPolicyFile ? { headPolicyFile } : {}) };
}

function firstError(error: ConfigurationFailure): string {
  const first = error.errors[0];
  return first ? formatConfigError(first).split('\n')[0]! : 'invalid';
}

/** Same rules, wherever they were read from. */
function samePolicy(a: Policy, b: Policy): boolean {
  const { source: _a, ...left } = a;
  const { source: _b, ...right } = b;
  return JSON.stringify(left) === JSON.stringify(right);
}

/** What the base's rules add to the report: repository results every renderer shows, and the data. */
export function baseRulesReport(rules: Rules, newExceptions: NewException[], preview?: { ready: boolean; verdict: string }): { results: RepositoryResult[]; base: BaseRules } {
  return {
    results: baseRulesResults({ blockers: rules.blockers, notices: rules.notices, ...(preview ? { policyChange: { ...(rules.headPolicyFile ? { file: rules.headPolicyFile } : {}), preview } } : {}), newExceptions }),
    base: { ...(rules.base ? { commit: rules.base.commit } : {}), notices: rules.notices, ...(preview ? { policyChange: { preview } } : {}), newExceptions },
  };
}
