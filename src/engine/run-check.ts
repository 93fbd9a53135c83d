// The engine's one entry: workspace -> manifests + scanners -> controls -> scorecard -> report.
// It never imports @actions/*: the action and the CLI call it and render what it returns.
import { ConfigurationFailure } from '../errors.js';
import { findManifestPaths, loadManifests } from '../manifest/load.js';
import { loadPolicy } from '../policy/load.js';
import type { Report } from '../report/types.js';
import { compileCustomRules } from '../scanners/secrets/index.js';
import type { Finding } from '../scanners/types.js';
import { repositoryVerdict } from '../scorecard/repository.js';
import { scoreWorkload } from '../scorecard/scorecard.js';
import { listFiles } from '../workspace/list-files.js';
import { applyBaseline, loadBaseline } from './baseline.js';
import { ownedFileMatcher } from './ownership.js';
import { createRepoView } from './repo-view.js';
import { applyAllowPaths, type TreeScan } from './scan-tree.js';
import { StreamingScan } from './scan-pool.js';
import { VERSION } from '../version.js';

export interface CheckOptions {
  root: string;
  policyPath?: string;
  /** Where a relative policyPath is resolved from; the process cwd by default. */
  cwd?: string;
  /** Today's date for waiver expiry; injectable so golden outputs stay stable. */
  now?: Date;
  /** The repository-root-relative POSIX directory `root` is ('' for the root), for repository-relative output paths. */
  scannedPath?: string;
}

export async function runCheck(options: CheckOptions): Promise<Report> {
  const { root } = options;
  const now = options.now ?? new Date();
  const policy = loadPolicy(root, options.policyPath, options.cwd);
  const custom = compileCustomRules(policy.customRules);
  if (custom.errors.length) {
    throw new ConfigurationFailure(custom.errors.map((message: string) => ({ file: policy.source, keyPath: 'findings.custom_rules', message, hint: 'fix or remove the custom rule' })));
  }
  const debug = process.env.READINESS_GATE_DEBUG ? (what: string) => process.stderr.write(`readiness-gate: ${what} at ${(performance.now() / 1000).toFixed(2)} s\n`) : () => undefined;
  const scanOptions = { secrets: { customRules: policy.customRules }, requireDigest: policy.requireDigest, maxFileBytes: policy.maxFileBytes };
  const streaming = new StreamingScan(root, scanOptions);
  const listing = listFiles(root, policy.ignorePaths, (files) => streaming.add(files));
  debug(`listed ${listing.files.length} files via ${listing.via}`);
  const manifestPaths = findManifestPaths(listing.files, policy.manifests);
  const loaded = loadManifests(root, manifestPaths);

  if (loaded.errors.length) {
    await streaming.abort();
    throw new ConfigurationFailure(loaded.errors);
  }
  const scan = await streaming.finish();
  debug('scanned');
  const facts = scan.facts;
  applyAllowPaths(facts, policy.allowPaths);
  applyBaseline(facts.findings, loadBaseline(root, policy.baseline));
  sortFacts(facts);

  const isBlocking = (f: Finding) => !f.suppression && (f.context === 'source' || !policy.nonBlockingContexts.includes(f.context));
  const repo = createRepoView(root, listing.files, policy.maxFileBytes);
  const owners = loaded.workloads.map((w) => ({ workload: w, owns: ownedFileMatcher(w) }));
  const workloads = owners
    .map(({ workload, owns }) =>
      scoreWorkload(
        workload,
        {
          files: listing.files.filter(owns),
          findings: facts.findings.filter((f) => owns(f.path)),
          // Containers the manifest names are the workload's wherever their manifests live.
          images: facts.images.filter((i) => owns(i.path) || (i.container !== undefined && workload.manifest.containers.includes(i.container))),
          containers: facts.containers.filter((c) => owns(c.path) || workload.manifest.containers.includes(c.container)),
          networkPolicies: facts.networkPolicies,
        },
        policy,
        repo,
        isBlocking,
        now,
        facts.findings,
      ),
    )
    .sort((a, b) => a.name.localeCompare(b.name));

  const claimed = new Set(loaded.workloads.flatMap((w) => w.manifest.containers));
  const claimedFiles = new Set(facts.containers.filter((c) => claimed.has(c.container)).map((c) => c.path));
  const ownedByAny = (path: string) => claimedFiles.has(path) || owners.some(({ owns }) => owns(path));
  const repository = repositoryVerdict({ policy, workloadCount: loaded.workloads.length, findings: facts.findings, deployables: facts.deployables, ownedByAny, isBlocking });
  const ready = workloads.every((w) => w.ready) && repository.blocking.length === 0;
  debug('scored');
  return {
    tool: { name: 'readiness-gate', version: VERSION },
    ready,
    verdict: verdictSentence(ready, workloads, repository.blocking),
    policy: policy.source,
    scannedPath: options.scannedPath ?? '',
    workloads,
    findings: facts.findings,
    images: facts.images,
    orphans: repository.orphans,
    repository: { blocking: repository.blocking, warnings: repository.warnings, results: repository.results },
    stats: scan.stats,
  };
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
}
