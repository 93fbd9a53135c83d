// The base commit's scorecard, for the base-to-head delta, at the cost of the files the pull
// request changes: the base tree and the paths that differ come from git, the head's facts of
// every other file are reused as they are (same blob, same facts), and only the changed paths
// are scanned again, from their base blobs. The base is then scored by the same code and the
// same policy as the head, so the delta shows what the PR changed and nothing else.
import { isAscii } from 'node:buffer';
import picomatch from 'picomatch';
import { findManifestPaths, loadManifestText, type Workload } from '../manifest/load.js';
import type { Policy } from '../policy/policy.js';
import type { ScanStats } from '../report/types.js';
import { defaultFindingKey } from '../scorecard/delta.js';
import { contractVersion } from '../scanners/evidence/contracts.js';
import { classifyPath } from '../scanners/shared/formats.js';
import { scanFile, type ScanOptions } from '../scanners/scan-file.js';
import { emptyFacts, type FileFacts, type Finding, type ReferencedPath } from '../scanners/types.js';
import { classifyContext } from '../workspace/context.js';
import { skipByName } from '../workspace/skip-by-name.js';
import { decodeWide, sniffEncoding } from '../workspace/text-encoding.js';
import { DEFAULT_YAML_LIMITS } from '../yaml/safe-yaml.js';
import { appendAll } from '../util/append.js';
import { applyBaseline } from './baseline.js';
import { baseTree, changesSince, readBlobs, type BaseEntry, type PathChange } from './base-git.js';
import { namedPaths } from './referenced-paths.js';
import { scanInChunks } from './scan-chunks.js';
import { applyAllowPaths, HARD_MAX_FILE_BYTES, mergeFacts, resolveTreeFacts, skip } from './scan-tree.js';
import { scoreFacts, type ScoredFacts } from './score-facts.js';

type TreeOptions = ScanOptions & { maxFileBytes: number };

/** What git says before the head's scan ends: the base tree and the paths that differ from it. */
export interface BasePlan {
  commit: string;
  /** The base's files under the scanned directory, after the policy's ignore_paths, with their entries. */
  files: Map<string, BaseEntry>;
  changes: PathChange[];
  /** Every path a change names (both names of a rename): the head's facts of these are not the base's. */
  changed: Set<string>;
}

export function planBase(root: string, commit: string, policy: Pick<Policy, 'ignorePaths'>): BasePlan {
  const ignored = policy.ignorePaths.length ? picomatch(policy.ignorePaths as string[], { dot: true }) : undefined;
  const files = new Map([...baseTree(root, commit)].filter(([path]) => !ignored?.(path)));
  const changes = changesSince(root, commit);
  const changed = new Set(changes.flatMap((c) => [c.path, ...(c.previousPath ? [c.previousPath] : [])]));
  return { commit, files, changes, changed };
}

/** Whether the head's facts about `path` hold for the base: the base has the file and the PR does not change it. */
export function reusable(plan: BasePlan, path: string): boolean {
  return plan.files.has(path) && !plan.changed.has(path);
}

/** The head's raw facts (before tree-level resolution) for the reusable paths, copied where later steps mutate them. */
export function reusedFacts(plan: BasePlan, head: FileFacts): FileFacts {
  const keep = <T extends { path: string }>(list: readonly T[]) => list.filter((x) => reusable(plan, x.path));
  return {
    // Findings and images are mutated later (suppression, verdicts, images as deployed): copies.
    findings: keep(head.findings).map((f) => ({ ...f })),
    images: keep(head.images).map((i) => ({ ...i })),
    containers: keep(head.containers),
    networkPolicies: keep(head.networkPolicies),
    deployables: keep(head.deployables),
    telemetry: keep(head.telemetry),
    exposures: keep(head.exposures),
    kustomizations: keep(head.kustomizations),
    charts: keep(head.charts),
  };
}

export interface BaseInput {
  root: string;
  plan: BasePlan;
  policy: Policy;
  options: TreeOptions;
  /** From reusedFacts, taken right after the head's scan. */
  reused: FileFacts;
  headStats: ScanStats;
  /** The head's manifests as loaded (before exception review): an unchanged manifest is the base's too. */
  headWorkloads: readonly Workload[];
  /** The base's baseline (fingerprint -> reason). */
  baseAccepted: Map<string, string>;
  now: Date;
}

export interface BaseScorecard extends ScoredFacts {
  ready: boolean;
  findings: Finding[];
  /** Paths scanned again from base blobs. */
  rescanned: number;
  /** A base finding in a renamed file, keyed as the same content would be under its head name. */
  renamedKeys: Map<Finding, string>;
  notices: string[];
}

export function scoreBase(input: BaseInput): BaseScorecard {
  const { root, plan, policy, options } = input;
  const notices: string[] = [];
  const facts = input.reused;
  const stats: ScanStats = { filesListed: plan.files.size, filesScanned: 0, bytesScanned: 0, skipped: {}, unscanned: (input.headStats.unscanned ?? []).filter((u) => reusable(plan, u.path)) };
  const toScan = [...plan.changed].filter((p) => plan.files.has(p)).sort();
  const renamedFrom = new Set(plan.changes.flatMap((c) => (c.previousPath ? [c.previousPath] : [])));
  const renamedBlobs = new Map<string, Buffer>();
  for (const group of readWanted(root, plan, toScan, stats)) {
    for (const [path, data] of group) {
      mergeFacts(facts, scanBlob(path, data, options, stats));
      if (renamedFrom.has(path)) renamedBlobs.set(path, Buffer.from(data));
    }
  }
  const renamedKeys = keysUnderHeadNames(plan.changes, renamedBlobs, facts.findings, options);

  const workloads = baseWorkloads(root, plan, policy.manifests, input.headWorkloads, notices);
  const referenced = baseReferencedPaths(root, plan, workloads, options.maxFileBytes);
  resolveTreeFacts(facts, options);
  applyAllowPaths(facts, policy.allowPaths);
  applyBaseline(facts.findings, input.baseAccepted);
  const scored = scoreFacts({ policy, workloads, facts, stats, referenced, now: input.now });
  const ready = scored.workloads.every((w) => w.ready) && scored.repository.blocking.length === 0;
  return { ...scored, ready, findings: facts.findings, rescanned: toScan.length, renamedKeys, notices };
}

/** Bytes of base blobs held at once while the changed files are scanned again. */
const GROUP_BYTES = 64 * 1024 * 1024;

/**
 * The base blobs of `paths` the scan would read (regular files up to the hard cap), in groups of
 * bounded size; the rest are counted as skipped, as the tree scan counts them.
 */
function* readWanted(root: string, plan: BasePlan, paths: readonly string[], stats: ScanStats): Generator<Map<string, Buffer>> {
  const wanted: [string, BaseEntry][] = [];
  for (const path of paths) {
    const entry = plan.files.get(path)!;
    const byName = skipByName(path);
    if (byName) stats.skipped[byName] = (stats.skipped[byName] ?? 0) + 1;
    else if (entry.mode === '120000') skip(stats, path, 'symlink');
    else if (!entry.mode.startsWith('100')) skip(stats, path, 'not-a-file');
    else if (entry.size > HARD_MAX_FILE_BYTES) skip(stats, path, 'too-large');
    else wanted.push([path, entry]);
  }
  for (let i = 0; i < wanted.length; ) {
    const group: [string, BaseEntry][] = [];
    let bytes = 0;
    while (i < wanted.length && (group.length === 0 || bytes + wanted[i]![1].size <= GROUP_BYTES)) {
      bytes += wanted[i]![1].size;
      group.push(wanted[i++]!);
    }
    const blobs = readBlobs(root, group.map(([, e]) => e.oid), bytes);
    const byPath = new Map<string, Buffer>();
    for (const [path, entry] of group) {
      const data = blobs.get(entry.oid);
      if (data) byPath.set(path, data);
      else skip(stats, path, 'unreadable');
    }
    yield byPath;
  }
}

/** One base blob through the scanners, read as the tree scan reads a file from disk (scan-tree.ts). */
function scanBlob(path: string, data: Buffer, options: TreeOptions, stats: ScanStats): FileFacts {
  const sniffed = sniffEncoding(data);
  if (sniffed.kind === 'binary') {
    skip(stats, path, 'binary');
    return emptyFacts();
  }
  stats.filesScanned++;
  stats.bytesScanned += data.length;
  const context = classifyContext(path);
  if (data.length > options.maxFileBytes) {
    stats.chunked = (stats.chunked ?? 0) + 1;
    const utf8 = sniffed.encoding === 'utf8' ? data : Buffer.from(decodeWide(data.subarray(sniffed.bom), sniffed.encoding), 'utf8');
    const facts = emptyFacts();
    appendAll(facts.findings, scanInChunks(path, utf8, context, options.secrets, { chunkBytes: Math.min(options.maxFileBytes, 1024 * 1024) }));
    return facts;
  }
  if (sniffed.encoding !== 'utf8') return scanFile({ path, text: decodeWide(data.subarray(sniffed.bom), sniffed.encoding), context }, options);
  // As readWorkspaceFile: files no format reader claims are scanned as bytes when not ASCII.
  const asBytes = !isAscii(data) && classifyPath(path) === 'other';
  return scanFile({ path, text: data.toString(asBytes ? 'latin1' : 'utf8'), context, ...(asBytes ? { byteString: true } : {}) }, options);
}

/**
 * Fingerprints hold the path, so a renamed file's findings would all look new. Its base blob is
 * scanned once more under the head's name; each base finding then takes the key of the finding
 * at the same rule, line and column there (a rename with edits keeps what it kept).
 */
function keysUnderHeadNames(changes: readonly PathChange[], blobs: Map<string, Buffer>, baseFindings: readonly Finding[], options: TreeOptions): Map<Finding, string> {
  const keys = new Map<Finding, string>();
  for (const change of changes) {
    const data = change.previousPath ? blobs.get(change.previousPath) : undefined;
    if (!change.previousPath || !data) continue;
    const underHead = scanBlob(change.path, data, options, { filesListed: 0, filesScanned: 0, bytesScanned: 0, skipped: {} }).findings;
    const at = (f: Finding) => `${f.ruleId}\u0000${f.line}\u0000${f.column}`;
    const byPlace = new Map(underHead.map((f) => [at(f), f]));
    for (const f of baseFindings) {
      if (f.path !== change.previousPath) continue;
      const twin = byPlace.get(at(f));
      if (twin) keys.set(f, defaultFindingKey(twin, twin.fingerprint));
    }
  }
  return keys;
}

/** The base's manifests: the head's where the PR leaves the file alone, else parsed from the base blob. */
function baseWorkloads(root: string, plan: BasePlan, globs: readonly string[], head: readonly Workload[], notices: string[]): Workload[] {
  const headByPath = new Map(head.map((w) => [w.manifestPath, w]));
  const paths = findManifestPaths([...plan.files.keys()], globs);
  const reused = (path: string) => (reusable(plan, path) ? headByPath.get(path) : undefined);
  const toRead = paths.filter((p) => !reused(p) && plan.files.get(p)!.size <= DEFAULT_YAML_LIMITS.maxBytes).map((p) => plan.files.get(p)!);
  const blobs = readBlobs(root, toRead.map((e) => e.oid), toRead.reduce((n, e) => n + e.size, 0));
  const workloads: Workload[] = [];
  for (const path of paths) {
    const same = reused(path);
    if (same) {
      workloads.push(same);
      continue;
    }
    const data = blobs.get(plan.files.get(path)!.oid);
    const loaded = data ? loadManifestText(root, path, data.toString('utf8')) : undefined;
    if (loaded?.workload) workloads.push(loaded.workload);
    else notices.push(`The base commit's manifest ${path} does not load; the delta leaves that workload out of the base.`);
  }
  return workloads;
}

/** What each path a base manifest names is in the base tree: as collectReferencedPaths says of the checkout. */
function baseReferencedPaths(root: string, plan: BasePlan, workloads: readonly Workload[], maxBytes: number): ReferencedPath[] {
  const dirs = new Set<string>();
  for (const f of plan.files.keys()) for (let i = f.indexOf('/'); i !== -1; i = f.indexOf('/', i + 1)) dirs.add(f.slice(0, i));
  const byPath = new Map<string, ReferencedPath>();
  const contracts: string[] = [];
  for (const { path, contract } of workloads.flatMap(namedPaths)) {
    if (byPath.has(path) && !contract) continue;
    const entry = plan.files.get(path);
    const kind: ReferencedPath['kind'] = !entry ? (dirs.has(path) ? 'directory' : 'missing') : entry.mode === '120000' ? 'symlink' : entry.mode.startsWith('100') ? 'file' : 'other';
    byPath.set(path, { path, kind });
    if (contract && kind === 'file') contracts.push(path);
  }
  const readable = contracts.map((p) => plan.files.get(p)!).filter((e) => e.size <= maxBytes);
  const blobs = readBlobs(root, readable.map((e) => e.oid), readable.reduce((n, e) => n + e.size, 0));
  for (const path of contracts) {
    const data = blobs.get(plan.files.get(path)!.oid);
    const version = contractVersion(path, data?.toString('utf8'));
    if (version) byPath.get(path)!.version = version;
  }
  return [...byPath.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
