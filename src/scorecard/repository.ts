// The repository's own verdict: what belongs to no single workload. Each item has the shape of
// a control result (risk, evidence with file and line, remediation, priority), so every
// renderer shows it like one.
import { findingRef } from '../scanners/finding-ref.js';
import type { Policy } from '../policy/policy.js';
import type { Deployable, Finding } from '../scanners/types.js';
import { capList, countOf } from './list.js';
import type { ResultEvidence, VerdictItem } from './types.js';

export const REPOSITORY_CHECK_IDS = ['no_manifest', 'unowned_secrets', 'orphans'] as const;
export type RepositoryCheckId = (typeof REPOSITORY_CHECK_IDS)[number];

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
