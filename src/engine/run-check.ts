// The engine's one entry: workspace -> manifests + scanners -> controls -> scorecard -> report.
// It never imports @actions/*: the action and the CLI call it and render what it returns.
import { ConfigurationFailure } from '../errors.js';
import { findManifestPaths, loadManifests } from '../manifest/load.js';
import type { Policy } from '../policy/policy.js';
import type { Report } from '../report/types.js';
import { findingVerdict } from '../policy/finding-blocking.js';
import { builtinRuleIds, compileCustomRules } from '../scanners/secrets/index.js';
import type { Finding } from '../scanners/types.js';
import { findingPriority } from '../scorecard/finding-priority.js';
import { repositoryVerdict } from '../scorecard/repository.js';
import { scoreWorkload } from '../scorecard/scorecard.js';
import { listFiles } from '../workspace/list-files.js';
import { redactReport } from '../report/redact-report.js';
import { FINGERPRINT_KEY_ENV } from '../scanners/fingerprint.js';
import { workspaceSource } from '../workspace/file-source.js';
import { applyBaseline, loadBaseline } from './baseline.js';
import { reviewExceptions } from './base-exceptions.js';
import { baseRulesReport, resolveRules } from './base-rules.js';
import { ownedFileMatcher } from './ownership.js';
import { collectReferencedPaths } from './referenced-paths.js';
import { applyAllowPaths, resolveTreeFacts, type TreeScan } from './scan-tree.js';
import { StreamingScan } from './scan-pool.js';
import { VERSION } from '../version.js';
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
  /** Today's date for waiver expiry; injectable so golden outputs stay stable. */
  now?: Date;
  /**
   * The user's per-repository fingerprint key (READINESS_GATE_FINGERPRINT_KEY). With it,
   * fingerprints and preview hashes are keyed and published; without, fingerprints stay in-process.
   */
  fingerprintKey?: string;
  /** Repository-root-relative POSIX directory of `root` ('' for the repository root), recorded in the report. */
  scannedPath?: string;
}

export async function runCheck(options: CheckOptions): Promise<Report> {
  const { root } = options;
  const now = options.now ?? new Date();
  const fingerprintKey = options.fingerprintKey ?? (process.env[FINGERPRINT_KEY_ENV] || undefined);
  const rules = resolveRules(options);
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
  const listing = listFiles(root, policy.ignorePaths, (files) => streaming.add(files));
  leavePhase(outer);
  const listed = phaseDelta(phaseTotals(), listingFrom).list;
  debug(`listed ${listing.files.length} files via ${listing.via}`);
  const manifestPaths = findManifestPaths(listing.files, policy.manifests);
  const loaded = loadManifests(root, manifestPaths);

  if (loaded.errors.length) {
    await streaming.abort();
    throw new ConfigurationFailure(loaded.errors);
  }
  const scan = await streaming.finish();
  if (profiling() && listed) scan.stats.phases = { list: listed, ...scan.stats.phases };
  debug('scanned');
  const facts = scan.facts;
  resolveTreeFacts(facts, scanOptions);
  const baseAccepted = loadBaseline(rules.source, policy.baseline);
  // With a base: exceptions the PR adds are taken back before anything else is decided.
  const review = rules.base
    ? reviewExceptions(root, rules.base.source, workspaceSource(root), loaded.workloads, facts.findings, { secrets: scanOptions.secrets, maxFileBytes: policy.maxFileBytes, baseline: policy.baseline, baseAccepted })
    : undefined;
  const trusted = review?.workloads ?? loaded.workloads;
  if (review) rules.notices.push(...review.notices);
  applyAllowPaths(facts, policy.allowPaths);
  applyBaseline(facts.findings, baseAccepted);
  sortFacts(facts);
  scan.stats.unscanned?.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));

  // Each finding's verdict once: controls and the repository verdict ask for it again and again.
  const verdicts = new Map(facts.findings.map((f) => [f, findingVerdict(f, policy)]));
  const isBlocking = (f: Finding) => (verdicts.get(f) ?? findingVerdict(f, policy)).blocking;
  for (const [f, verdict] of verdicts) {
    if (f.category !== 'secret' && f.category !== 'secret-logging') continue;
    f.blocking = verdict.blocking;
    f.blockingReason = verdict.reason;
  }
  const referenced = collectReferencedPaths(root, listing.files, trusted, policy.maxFileBytes);
  const owners = trusted.map((w) => ({ workload: w, owns: ownedFileMatcher(w) }));
  const scored = owners
    .map(({ workload, owns }) => ({
      owns,
      score: scoreWorkload(
        workload,
        {
          findings: facts.findings.filter((f) => owns(f.path)),
          // Containers the manifest names are the workload's wherever their manifests live.
          images: facts.images.filter((i) => owns(i.path) || (i.container !== undefined && workload.manifest.containers.includes(i.container))),
          containers: facts.containers.filter((c) => owns(c.path) || workload.manifest.containers.includes(c.container)),
          networkPolicies: facts.networkPolicies,
          telemetry: facts.telemetry.filter((t) => owns(t.path)),
          exposures: facts.exposures.filter((e) => owns(e.path)),
          paths: referenced,
          ...unscannedOf(scan.stats, owns),
        },
        policy,
        isBlocking,
        now,
        facts.findings,
      ),
    }))
    .sort((a, b) => a.score.name.localeCompare(b.score.name));
  const workloads = scored.map(({ score }) => score);

  const claimed = new Set(loaded.workloads.flatMap((w) => w.manifest.containers));
  const claimedFiles = new Set(facts.containers.filter((c) => claimed.has(c.container)).map((c) => c.path));
  const ownedByAny = (path: string) => claimedFiles.has(path) || owners.some(({ owns }) => owns(path));
  const repository = repositoryVerdict({ policy, workloadCount: loaded.workloads.length, findings: facts.findings, deployables: facts.deployables, ownedByAny, isBlocking });
  const unownedUnscanned = (scan.stats.unscanned ?? []).filter((u) => !ownedByAny(u.path)).map((u) => u.path);
  if (unownedUnscanned.length) repository.warnings.push(`${unownedUnscanned.length} file${unownedUnscanned.length > 1 ? 's' : ''} no workload owns could not be scanned for secrets: ${unownedUnscanned.slice(0, 5).join(', ')}${unownedUnscanned.length > 5 ? ', ...' : ''}.`);
  const preview = rules.previewHeadPolicy ? await previewUnderHeadPolicy(options) : undefined;
  const fromBase = options.baseRef ? baseRulesReport(rules, review?.newExceptions ?? [], preview) : undefined;
  if (fromBase) {
    repository.blocking.push(...fromBase.blocking);
    repository.warnings.push(...fromBase.warnings);
  }
  for (const f of facts.findings) {
    const priority = findingPriority(f, scored, repository.results);
    if (priority) f.priority = priority;
  }
  const ready = workloads.every((w) => w.ready) && repository.blocking.length === 0;
  debug('scored');
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
  };
  // Last: nothing from a manifest, the policy or a file reaches a renderer unredacted.
  return redactReport(report, { values: [loaded.workloads.map((w) => w.manifest), policy], keyedFingerprints: Boolean(fingerprintKey), dirs: loaded.workloads.map((w) => w.dir) });
}

/** The verdict the PR's own policy (and its exceptions) would give: what applies after merge. */
async function previewUnderHeadPolicy(options: CheckOptions): Promise<{ ready: boolean; verdict: string }> {
  const head = await runCheck({ ...options, baseRef: undefined });
  return { ready: head.ready, verdict: head.verdict };
}

/** The workload's share of the files the scan could not read, as a WorkloadFacts field. */
function unscannedOf(stats: TreeScan['stats'], owns: (path: string) => boolean) {
  const own = (stats.unscanned ?? []).filter((u) => owns(u.path));
  return own.length ? { unscannedFiles: own } : {};
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
