// The engine's one entry: workspace -> manifests + scanners -> controls -> scorecard -> report.
// It never imports @actions/*: the action and the CLI call it and render what it returns.
import { ConfigurationFailure } from '../config/failure.js';
import { findManifestPaths, loadManifests } from '../manifest/load.js';
import type { Policy } from '../policy/policy.js';
import type { Report } from '../report/types.js';
import { builtinRuleIds, compileCustomRules } from '../scanners/secrets/index.js';
import type { Finding } from '../scanners/types.js';
import { findingPriority } from '../scorecard/finding-priority.js';
import { addRepositoryResults, RUN_ONLY_CHECKS, unscannedFilesResult } from '../scorecard/repository.js';
import { givenFiles, listFiles } from '../workspace/list-files.js';
import { redactReport } from '../report/redact-report.js';
import { FINGERPRINT_KEY_ENV } from '../scanners/fingerprint.js';
import { workspaceSource } from '../workspace/file-source.js';
import { applyBaseline, loadBaseline } from './baseline.js';
import { reviewExceptions } from './base-exceptions.js';
import { baseRulesReport, openRulesBase, resolveRules } from './base-rules.js';
import { isPreloading, type RemoteFiles } from './remote-base.js';
import { waiverApprover, type ReviewFacts } from './waiver-approval.js';
import { ownedFileMatcher } from './ownership.js';
import { collectReferencedPaths } from './referenced-paths.js';
import { scoreFacts } from './score-facts.js';
import { applyAllowPaths, resolveTreeFacts, type TreeScan } from './scan-tree.js';
import { StreamingScan } from './scan-pool.js';
import { startDelta } from './base-delta.js';
import { VERSION } from '../version.js';
import { DEFAULT_YAML_LIMITS } from '../yaml/safe-yaml.js';
import { enterPhase, leavePhase, phaseDelta, phaseTotals, profiling } from '../util/phase-times.js';

export interface CheckOptions {
  root: string;
  policyPath?: string;
  /** Where a relative policyPath is resolved from; the process cwd by default. */
  cwd?: string;
  /**
   * A git commit (the pull request's base): the policy, the baseline and the API catalog are read
   * from its objects, and exceptions the head adds are listed for review and do not count.
   */
  baseRef?: string;
  /** Files the PR changes, when known (the pull request files API): to fail closed if the base is unreadable. */
  changedFiles?: readonly string[];
  /** Reads the base commit's files remotely (the action: the contents API at baseRef) when git objects lack it. */
  baseFiles?: RemoteFiles;
  /** The PR's reviews (the action reads them): a waiver the PR adds counts once a reviewer it names approves, if the policy opts in. */
  reviews?: ReviewFacts;
  /**
   * With `baseRef`: also score the base commit (re-scanning only the files that differ) and
   * report the delta, what the PR changes. On by default; `false` skips it.
   */
  compareBase?: boolean;
  /** Today's date for waiver expiry; injectable so golden outputs stay stable. */
  now?: Date;
  /**
   * The user's per-repository fingerprint key (READINESS_GATE_FINGERPRINT_KEY). With it,
   * fingerprints and preview hashes are keyed and published; without, fingerprints stay in-process.
   */
  fingerprintKey?: string;
  /** Repository-root-relative POSIX directory of `root` ('' for the repository root), recorded in the report. */
  scannedPath?: string;
  /**
   * The files under `root` to scan, when the caller listed them itself: a pull request head
   * read from git objects or the API and copied out as inert data (src/action/pr-head.ts).
   * Such a copy has no .git, and a directory walk would let the PR's own .gitignore hide files.
   */
  files?: readonly string[];
  /**
   * The git checkout `baseRef` is read from, when `root` is not inside one (a PR head copied out
   * of git objects lives outside the checkout). Defaults to `root`.
   */
  baseRepo?: string;
}

export async function runCheck(options: CheckOptions): Promise<Report> {
  const { root } = options;
  const now = options.now ?? new Date();
  const fingerprintKey = options.fingerprintKey ?? (process.env[FINGERPRINT_KEY_ENV] || undefined);
  const rules = resolveRules(options, await openRulesBase(options));
  const policy = rules.policy;
  const custom = compileCustomRules(policy.customRules);
  if (custom.errors.length) {
    throw new ConfigurationFailure(custom.errors.map((message: string) => ({ file: policy.source, keyPath: 'findings.custom_rules', message, hint: 'fix or remove the custom rule' })));
  }
  const debug = process.env.READINESS_GATE_DEBUG ? (what: string) => process.stderr.write(`readiness-gate: ${what} at ${(performance.now() / 1000).toFixed(2)} s\n`) : () => undefined;
  checkDisabledRules(policy);
  const scanOptions = { secrets: { customRules: policy.customRules, disabledRules: policy.disabledRules, ...(fingerprintKey ? { fingerprintKey } : {}) }, requireDigest: policy.requireDigest, maxFileBytes: policy.maxFileBytes };
  const streaming = new StreamingScan(root, scanOptions);
  const listingFrom = phaseTotals();
  const outer = enterPhase('list');
  const listing = options.files ? givenFiles(options.files, policy.ignorePaths, (files) => streaming.add(files)) : listFiles(root, policy.ignorePaths, (files) => streaming.add(files));
  leavePhase(outer);
  const listed = phaseDelta(phaseTotals(), listingFrom).list;
  debug(`listed ${listing.files.length} files via ${listing.via}`);
  const manifestPaths = findManifestPaths(listing.files, policy.manifests);
  const loaded = loadManifests(root, manifestPaths);
  // Git lists the base tree and the changed paths while the workers are still scanning.
  const delta = options.baseRef ? startDelta(root, rules.base?.commit, policy, options.compareBase !== false) : undefined;

  if (loaded.errors.length) {
    await streaming.abort();
    throw new ConfigurationFailure(loaded.errors);
  }
  const scan = await streaming.finish();
  if (profiling() && listed) scan.stats.phases = { list: listed, ...scan.stats.phases };
  debug('scanned');
  const facts = scan.facts;
  delta?.keepHeadFacts(facts, scan.stats);
  resolveTreeFacts(facts, scanOptions);
  const baseAccepted = loadBaseline(rules.source, policy.baseline);
  // A remote base reads only what was fetched: the manifests and the files accepting findings inline.
  if (rules.base && isPreloading(rules.base.source)) {
    await rules.base.source.preload(manifestPaths, DEFAULT_YAML_LIMITS.maxBytes);
    await rules.base.source.preload(facts.findings.filter((f) => f.suppression?.kind === 'inline').map((f) => f.path), policy.maxFileBytes);
  }
  // With a base: exceptions the PR adds are taken back before anything else is decided.
  const review = rules.base
    ? await reviewExceptions(root, rules.base.source, workspaceSource(root), loaded.workloads, facts.findings, { secrets: scanOptions.secrets, maxFileBytes: policy.maxFileBytes, baseline: policy.baseline, baseAccepted, approve: waiverApprover(policy, options.reviews) })
    : undefined;
  const trusted = review?.workloads ?? loaded.workloads;
  if (review) rules.notices.push(...review.notices);
  applyAllowPaths(facts, policy.allowPaths);
  applyBaseline(facts.findings, baseAccepted);
  sortFacts(facts);
  scan.stats.unscanned?.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));

  const referenced = collectReferencedPaths(root, listing.files, trusted, policy.maxFileBytes);
  const { scored, workloads, repository, ownedByAny } = scoreFacts({ policy, workloads: trusted, facts, stats: scan.stats, referenced, now });
  const unscanned = unscannedFilesResult((scan.stats.unscanned ?? []).filter((u) => !ownedByAny(u.path)));
  if (unscanned) addRepositoryResults(repository, [unscanned]);
  const preview = rules.previewHeadPolicy ? await previewUnderHeadPolicy(options) : undefined;
  const fromBase = options.baseRef ? baseRulesReport(rules, review?.newExceptions ?? [], preview) : undefined;
  if (fromBase) addRepositoryResults(repository, fromBase.results);
  for (const f of facts.findings) {
    const priority = findingPriority(f, scored, repository.results);
    if (priority) f.priority = priority;
  }
  const ready = workloads.every((w) => w.ready) && repository.blocking.length === 0;
  debug('scored');
  const compared = delta?.compare({
    policy,
    options: scanOptions,
    headWorkloads: loaded.workloads,
    baseAccepted,
    now,
    // The base is scored without rules checks: compare only the repository checks both sides have.
    head: { ready, workloads, findings: facts.findings, orphans: repository.orphans, repositoryResults: repository.results.filter((r) => !RUN_ONLY_CHECKS.has(r.id)) },
    newExceptions: review?.newExceptions ?? [],
    rulesBlockers: (fromBase?.results ?? []).filter((r) => r.id === 'base_rules' && r.blocking).map((r) => r.message),
  });
  if (compared) repository.warnings.push(...compared.notices);
  if (delta) debug('compared with the base');
  const report: Report = {
    tool: { name: 'readiness-gate', version: VERSION },
    ready,
    verdict: verdictSentence(ready, workloads, repository.blocking),
    policy: policy.source,
    scannedPath: options.scannedPath ?? '',
    workloads,
    findings: facts.findings,
    disabledRules: policy.disabledRules,
    images: facts.images,
    orphans: repository.orphans,
    repository: { blocking: repository.blocking, warnings: repository.warnings, results: repository.results },
    stats: scan.stats,
    ...(fromBase ? { base: fromBase.base } : {}),
    ...(compared?.delta ? { delta: compared.delta } : {}),
  };
  // Last: nothing from a manifest, the policy or a file reaches a renderer unredacted.
  return redactReport(report, { values: [loaded.workloads.map((w) => w.manifest), policy], keyedFingerprints: Boolean(fingerprintKey), dirs: loaded.workloads.map((w) => w.dir) });
}

/** The verdict the PR's own policy (and its exceptions) would give: what applies after merge. */
async function previewUnderHeadPolicy(options: CheckOptions): Promise<{ ready: boolean; verdict: string }> {
  const head = await runCheck({ ...options, baseRef: undefined });
  return { ready: head.ready, verdict: head.verdict };
}

/** `findings.disable_rules` names built-in rules only; a typo would silently keep a rule on. */
function checkDisabledRules(policy: Policy): void {
  const known = new Set(builtinRuleIds());
  const unknown = policy.disabledRules.filter((id) => !known.has(id));
  if (unknown.length) {
    throw new ConfigurationFailure(unknown.map((id) => ({ file: policy.source, keyPath: 'findings.disable_rules', message: `unknown rule id '${id.replace(/^secrets\//, '')}'`, hint: 'use an id from a finding\'s ruleId, e.g. generic-secret-assignment or secret-in-log' })));
  }
}

function verdictSentence(ready: boolean, workloads: Report['workloads'], repoBlocking: string[]): string {
  if (!workloads.length) return ready ? 'No workload is declared; nothing to promote.' : 'Not ready: no workload is declared.';
  const notReady = workloads.filter((w) => !w.ready).map((w) => w.name);
  if (ready) return `Ready: ${workloads.length === 1 ? `workload '${workloads[0]!.name}' meets the bar for the tier it asks for` : `all ${workloads.length} workloads meet the bar for the tier each asks for`}.`;
  const parts = [notReady.length ? `${notReady.map((n) => `'${n}'`).join(', ')} not ready` : '', repoBlocking.length ? `${repoBlocking.length} repository-level blocker${repoBlocking.length > 1 ? 's' : ''}` : ''].filter(Boolean);
  return `Not ready: ${parts.join('; ')}.`;
}

function sortFacts(facts: TreeScan['facts']): void {
  const byPlace = (a: { path: string; line: number; column?: number }, b: { path: string; line: number; column?: number }) =>
    a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line || (a.column ?? 0) - (b.column ?? 0);
  facts.findings.sort((a, b) => byPlace(a, b) || a.ruleId.localeCompare(b.ruleId));
  facts.images.sort(byPlace);
  facts.containers.sort(byPlace);
  facts.deployables.sort(byPlace);
  facts.networkPolicies.sort(byPlace);
  facts.telemetry.sort(byPlace);
  facts.exposures.sort(byPlace);
}
