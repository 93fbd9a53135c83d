// The repository's own verdict: what belongs to no single workload. Each item has the shape of
// a control result (risk, evidence with file and line, remediation, priority), so every
// renderer shows it like one.
import { findingRef } from '../scanners/finding-ref.js';
import type { UnscannedFile } from '../workspace/read-file.js';
import type { Policy } from '../policy/policy.js';
import type { Deployable, Finding } from '../scanners/types.js';
import { capList, countOf } from './list.js';
import type { ResultEvidence, VerdictItem } from './types.js';

/** An exception (waiver, inline allow, baseline entry) the pull request adds: listed for review, not counted until merged (or approved in review). */
export interface NewException {
  kind: 'waiver' | 'inline-allow' | 'baseline-entry';
  path: string;
  line?: number;
  workload?: string;
  /** A waiver that counts although the PR adds it: who approved the head commit in review. */
  approvedBy?: string;
  /** One sentence: what the exception is and why it does not count yet (or whose approval makes it count). */
  detail: string;
}

export const REPOSITORY_CHECK_IDS = ['no_manifest', 'unowned_secrets', 'orphans', 'unscanned_files', 'base_rules', 'base_notice', 'policy_change', 'new_exception'] as const;
export type RepositoryCheckId = (typeof REPOSITORY_CHECK_IDS)[number];

/** Checks about this run's rules, exceptions and unreadable files, not about a commit's facts: a base scored for the delta has none of them. */
export const RUN_ONLY_CHECKS: ReadonlySet<RepositoryCheckId> = new Set(['unscanned_files', 'base_rules', 'base_notice', 'policy_change', 'new_exception']);

export interface RepositoryResult extends VerdictItem {
  id: RepositoryCheckId;
}

export interface Orphan extends Deployable {
  blocking: boolean;
}

export interface RepositoryVerdict {
  /** The messages of the blocking results, for renderers that list them as sentences. */
  blocking: string[];
  /** The messages of the non-blocking results. */
  warnings: string[];
  results: RepositoryResult[];
  orphans: Orphan[];
}

export interface RepositoryInput {
  policy: Pick<Policy, 'noManifest' | 'orphans' | 'manifests'>;
  workloadCount: number;
  findings: readonly Finding[];
  deployables: readonly Deployable[];
  /** Whether some workload owns the file (by its paths, or a container its manifest names). */
  ownedByAny(path: string): boolean;
  /** Whether a finding blocks (not suppressed, not in a context the policy ranks lower). */
  isBlocking(finding: Finding): boolean;
}

export function repositoryVerdict(input: RepositoryInput): RepositoryVerdict {
  const results: RepositoryResult[] = [];
  const noManifest = noManifestResult(input);
  if (noManifest) results.push(noManifest);
  const secrets = unownedSecretsResult(input);
  if (secrets) results.push(secrets);
  const orphans = input.policy.orphans === 'ignore' ? [] : input.deployables.filter((d) => !input.ownedByAny(d.path)).map((d) => ({ ...d, blocking: input.policy.orphans === 'fail' }));
  if (orphans.length) results.push(orphansResult(orphans, input.policy.orphans === 'fail'));
  return {
    blocking: results.filter((r) => r.blocking).map((r) => r.message),
    warnings: results.filter((r) => !r.blocking).map((r) => r.message),
    results,
    orphans,
  };
}

function severity(blocks: boolean): Pick<VerdictItem, 'status' | 'blocking' | 'priority'> {
  return blocks ? { status: 'fail', blocking: true, priority: 'P0' } : { status: 'warn', blocking: false, priority: 'P1' };
}

function noManifestResult(input: RepositoryInput): RepositoryResult | undefined {
  if (input.workloadCount > 0) return undefined;
  const blocks = input.policy.noManifest === 'fail';
  return {
    id: 'no_manifest',
    title: 'Readiness manifest',
    ...severity(blocks),
    message: blocks
      ? 'Promotion blocked: no workload is declared: add a readiness.yaml next to each deployable service.'
      : 'No workload is declared: add a readiness.yaml next to each deployable service before general availability.',
    risk: 'Without a manifest nothing is checked: the gate cannot tell a production service from a demo.',
    evidence: [{ detail: `no file matches the policy's manifest globs (${input.policy.manifests.join(', ')})` }],
    remediation: [
      'Add a readiness.yaml (apiVersion: readiness-gate/v1, name, tier) next to each deployable service; `readiness-gate schema` prints its fields.',
      'If this repository deploys nothing, set `no_manifest: warn` in the policy.',
    ],
  };
}

function unownedSecretsResult(input: RepositoryInput): RepositoryResult | undefined {
  const unowned = input.findings.filter((f) => (f.category === 'secret' || f.category === 'secret-logging') && input.isBlocking(f) && !input.ownedByAny(f.path));
  if (!unowned.length) return undefined;
  const files = [...new Set(unowned.map((f) => f.path))];
  const evidence: ResultEvidence[] = unowned.map((f) => ({ path: f.path, line: f.line, detail: f.redacted ? `${f.message}: ${f.redacted}` : f.message, finding: findingRef(f) }));
  return {
    id: 'unowned_secrets',
    title: 'No hardcoded secrets outside workloads',
    ...severity(true),
    message: `Promotion blocked: ${countOf(unowned.length, 'hardcoded secret')} in ${countOf(files.length, 'file')} no workload owns: ${capList(files)}.`,
    risk: 'A secret in the tree is a secret in every clone, fork, log and backup, and outside every workload no owner is asked to rotate it.',
    evidence,
    remediation: [
      'Rotate each exposed credential now: it is in the history even after the line is deleted.',
      'Read secrets at run time through a managed identity or a secret store instead of committing them.',
      'If a value is a deliberate test fixture, add `readiness-gate:allow <reason>` on its line or record it in the baseline.',
    ],
  };
}

function orphansResult(orphans: readonly Orphan[], blocks: boolean): RepositoryResult {
  const names = orphans.map((o) => `${o.kind} ${o.name} (${o.path})`);
  const subject = `${countOf(orphans.length, 'deployable')} not covered by any readiness manifest: ${capList(names)}`;
  return {
    id: 'orphans',
    title: 'Every deployable has a manifest',
    ...severity(blocks),
    message: blocks ? `Promotion blocked: ${subject}.` : `${subject}; cover ${orphans.length === 1 ? 'it' : 'them'} before general availability.`,
    risk: 'A deployable that no manifest covers ships without any production control being checked.',
    evidence: orphans.map((o) => ({ path: o.path, line: o.line, detail: `${o.kind} ${o.name} is not covered by any readiness manifest` })),
    remediation: [
      "Add a readiness.yaml whose paths cover the deployable's directory, or name its container in an existing manifest's containers.",
      'If it is not deployed (a local or test setup), add it to ignore_paths or set `orphans: ignore` in the policy.',
    ],
  };
}

/** Appends results and keeps `blocking` and `warnings` their messages, in order. */
export function addRepositoryResults(verdict: RepositoryVerdict, extra: readonly RepositoryResult[]): void {
  verdict.results.push(...extra);
  verdict.blocking = verdict.results.filter((r) => r.blocking).map((r) => r.message);
  verdict.warnings = verdict.results.filter((r) => !r.blocking).map((r) => r.message);
}

/** Files no workload owns that the scan could not read: named, so nothing hides unseen. */
export function unscannedFilesResult(files: readonly UnscannedFile[]): RepositoryResult | undefined {
  if (!files.length) return undefined;
  const paths = files.map((f) => f.path);
  return {
    id: 'unscanned_files',
    title: 'Every file scanned for secrets',
    ...severity(false),
    message: `${countOf(files.length, 'file')} no workload owns could not be scanned for secrets: ${paths.slice(0, 5).join(', ')}${paths.length > 5 ? ', ...' : ''}.`,
    risk: 'A file the scan could not read may hold a secret that no report shows.',
    evidence: files.map((f) => ({ path: f.path, detail: `not scanned: ${UNSCANNED_REASON[f.reason]}` })),
    remediation: [
      'Make the file readable text (UTF-8, UTF-16 or UTF-32) under the hard size cap, or remove it from the tree.',
      'If it holds no secret by design (a fixture, generated data), add it to the policy\'s ignore_paths.',
    ],
  };
}

const UNSCANNED_REASON: Record<UnscannedFile['reason'], string> = { unreadable: 'unreadable', binary: 'binary, and its name or kind could hide a secret', 'too-large': 'over the hard size cap' };

/** Why the base's rules could not hold the line: each blocks. */
export type RulesBlocker =
  | { kind: 'base-unreadable'; changed: string[]; reason: string }
  | { kind: 'head-policy-broken'; file: string; line?: number; error: string };

/** What the base commit's rules add to the repository's verdict (with a base ref only). */
export interface BaseRulesFacts {
  blockers: readonly RulesBlocker[];
  notices: readonly string[];
  /** The PR changes the policy: the file, and the verdict its policy would give. */
  policyChange?: { file?: string; preview: { ready: boolean; verdict: string } };
  newExceptions: readonly NewException[];
}

export function baseRulesResults(facts: BaseRulesFacts): RepositoryResult[] {
  const results: RepositoryResult[] = facts.blockers.map(blockerResult);
  for (const notice of facts.notices) {
    results.push({
      id: 'base_notice',
      title: "Rules from the base commit",
      status: 'warn',
      blocking: false,
      priority: 'P2',
      message: notice,
      risk: "Where the base commit's rules cannot be read, the PR's own policy, baseline and exceptions apply, and a PR could relax them for itself.",
      evidence: [{ detail: notice }],
      remediation: ["Let the action read the base commit: keep `policy-ref: base`, the default `actions/checkout` (the action fetches pull_request.base.sha at depth 1) and `contents: read` for the contents API."],
    });
  }
  if (facts.policyChange) {
    const message = `Policy change in this PR: applies after merge. Under the PR's policy the verdict would be: ${facts.policyChange.preview.verdict}`;
    results.push({
      id: 'policy_change',
      title: 'Policy change in this PR',
      status: 'warn',
      blocking: false,
      priority: 'P2',
      message,
      risk: "The PR changes the rules every later PR is judged by; it is judged by the base's rules itself.",
      evidence: [{ ...(facts.policyChange.file ? { path: facts.policyChange.file } : {}), detail: `under the PR's policy: ${facts.policyChange.preview.verdict}` }],
      remediation: ['Review the policy change with the platform team that owns it: it applies once merged.'],
    });
  }
  for (const e of facts.newExceptions) {
    const approved = e.approvedBy !== undefined;
    results.push({
      id: 'new_exception',
      title: approved ? 'Exception approved in review' : 'New exception, needs review',
      status: 'warn',
      blocking: false,
      priority: approved ? 'P2' : 'P1',
      message: e.detail,
      risk: approved ? 'An exception the PR adds counts because a reviewer it names approved the head commit.' : 'An exception the PR adds itself would let it pass the gate that judges it; it does not count until merged.',
      evidence: [{ path: e.path, ...(e.line !== undefined ? { line: e.line } : {}), detail: e.detail }],
      remediation: approved
        ? ['Nothing to do; the approval is on the head commit, and a new commit needs a new one.']
        : e.kind === 'waiver'
          ? ['Fix the control instead of waiving it, or merge the waiver on its own first; where the policy allows approval in review, have a reviewer the waiver names approve the head commit.']
          : ['Fix the finding instead, or merge the exception on its own first, reviewed by the code owners.'],
    });
  }
  return results;
}

function blockerResult(b: RulesBlocker): RepositoryResult {
  if (b.kind === 'base-unreadable') {
    return {
      id: 'base_rules',
      title: 'Rules from the base commit',
      ...severity(true),
      message: `Promotion blocked: this PR changes ${b.changed.join(', ')}, and the base commit's rules could not be read to judge it by; re-run with the base commit available (fetch pull_request.base.sha).`,
      risk: 'A PR that changes the rules it is judged by could pass on rules it relaxed itself.',
      evidence: b.changed.map((path) => ({ path, detail: `a rules file this PR changes; the base could not be read (${b.reason})` })),
      remediation: [
        'Let the action read the base commit: the default actions/checkout with `contents: read` (the action fetches pull_request.base.sha at depth 1, then tries the contents API).',
        'Or change the rules in a PR of their own, reviewed by the platform team.',
      ],
    };
  }
  return {
    id: 'base_rules',
    title: 'Rules from the base commit',
    ...severity(true),
    message: `Promotion blocked: the policy as changed in this PR does not load (${b.error}); it would break the gate after merge.`,
    risk: 'A policy that does not load would leave every later PR judged by the built-in policy, or not at all.',
    evidence: [{ path: b.file, ...(b.line !== undefined ? { line: b.line } : {}), detail: b.error }],
    remediation: ['Fix the policy file so it loads: `readiness-gate check --policy FILE DIR` prints the error with its line and a hint.'],
  };
}
