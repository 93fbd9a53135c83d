// Reads every listed file once and runs the scanners on it. Files are read and scanned one
// at a time and only their facts are kept, so memory does not grow with the tree's size.
import { isMainThread } from 'node:worker_threads';
import picomatch from 'picomatch';
import type { ScanStats } from '../report/types.js';
import { classifyPath } from '../scanners/shared/formats.js';
import { imageFindings } from '../scanners/images/findings.js';
import { resolveDeployedImages } from '../scanners/images/deployed.js';
import { scanFile, type ScanOptions } from '../scanners/scan-file.js';
import { emptyFacts, type FileFacts } from '../scanners/types.js';
import { classifyContext } from '../workspace/context.js';
import { hasBinaryName, hasTextName, isSecretContainer } from '../workspace/file-kinds.js';
import { readLargeWorkspaceFile, readWorkspaceFile, type SkipReason } from '../workspace/read-file.js';
import { scanInChunks } from './scan-chunks.js';
import type { UnscannedFile } from '../report/types.js';
import { skipByName } from '../workspace/skip-by-name.js';
import { appendAll } from '../util/append.js';
import { addPhaseTimes, enterPhase, leavePhase, phaseDelta, phaseTotals, profiling } from '../util/phase-times.js';

export interface TreeScan {
  facts: FileFacts;
  stats: ScanStats;
}

/**
 * `handOff`: files bigger than `above` bytes are not scanned but added to `files`, for a thread
 * with a capped heap to scan (the main thread's heap has no cap).
 */
export interface HandOff {
  above: number;
  files: string[];
}

/** Above this, a file is not read at all, only named: a PR must not be able to exhaust memory. */
export const HARD_MAX_FILE_BYTES = 64 * 1024 * 1024;
/** Chunks of an oversized file: small enough that a worker's capped heap holds one with room to spare. */
const CHUNK_BYTES = 1024 * 1024;

export function scanTree(root: string, files: readonly string[], options: ScanOptions & { maxFileBytes: number }, handOff?: HandOff): TreeScan {
  if (!profiling()) return scanFiles(root, files, options, handOff);
  const outer = enterPhase('other');
  const before = phaseTotals();
  try {
    const result = scanFiles(root, files, options, handOff);
    result.stats.phases = phaseDelta(phaseTotals(), before);
    return result;
  } finally {
    leavePhase(outer);
  }
}

function scanFiles(root: string, files: readonly string[], options: ScanOptions & { maxFileBytes: number }, handOff?: HandOff): TreeScan {
  const facts = emptyFacts();
  const stats: ScanStats = { filesListed: files.length, filesScanned: 0, bytesScanned: 0, skipped: {} };
  const limit = handOff ? Math.min(handOff.above, options.maxFileBytes) : options.maxFileBytes;
  for (const path of files) {
    const byName = skipByName(path);
    if (byName) {
      stats.skipped[byName] = (stats.skipped[byName] ?? 0) + 1;
      continue;
    }
    // Only the secret scanner looks at files no format reader claims, and it accepts raw bytes.
    const read = readWorkspaceFile(root, path, limit, { bytes: classifyPath(path) === 'other' });
    if (!read.ok && read.reason === 'too-large' && handOff && limit < options.maxFileBytes) {
      handOff.files.push(path);
      stats.filesListed--;
      continue;
    }
    if (!read.ok && read.reason === 'too-large') {
      const reading = enterPhase('read');
      const large = readLargeWorkspaceFile(root, path, HARD_MAX_FILE_BYTES);
      leavePhase(reading);
      if (large.ok) {
        stats.filesScanned++;
        stats.chunked = (stats.chunked ?? 0) + 1;
        stats.bytesScanned += large.bytes;
        const secrets = enterPhase('secret rules');
        appendAll(facts.findings, scanInChunks(path, large.utf8, classifyContext(path), options.secrets, { chunkBytes: Math.min(options.maxFileBytes, CHUNK_BYTES) }));
        leavePhase(secrets);
        continue;
      }
      skip(stats, path, large.reason, large.text);
      continue;
    }
    if (!read.ok) {
      skip(stats, path, read.reason);
      continue;
    }
    stats.filesScanned++;
    stats.bytesScanned += read.bytes;
    const file = { path, text: read.text, context: classifyContext(path), ...(read.byteString ? { byteString: true } : {}), ...(read.fileBytes ? { fileBytes: read.fileBytes } : {}) };
    const found = scanFile(file, options);
    // Facts outlive the file; strings cut from its text would keep all of it alive (own-string.ts).
    // A worker's facts are copied anyway when they are posted to the main thread.
    if (hasFacts(found)) mergeFacts(facts, isMainThread ? structuredClone(found) : found);
  }
  return { facts, stats };
}

/**
 * Counts a skip, and names the file when it might hold a secret the scan did not see: it could
 * not be read, it is over the hard cap, or it is binary but a keystore or named like text.
 */
export function skip(stats: ScanStats, path: string, reason: SkipReason, looksText?: boolean): void {
  stats.skipped[reason] = (stats.skipped[reason] ?? 0) + 1;
  let named: UnscannedFile | undefined;
  if (reason === 'unreadable') named = { path, reason, textLike: !hasBinaryName(path) };
  else if (reason === 'too-large') named = { path, reason, textLike: looksText ?? !hasBinaryName(path) };
  else if (reason === 'binary' && (isSecretContainer(path) || hasTextName(path))) named = { path, reason, textLike: hasTextName(path) && !isSecretContainer(path) };
  if (named) (stats.unscanned ??= []).push(named);
}

export function mergeStats(into: ScanStats, from: ScanStats): void {
  into.filesScanned += from.filesScanned;
  into.bytesScanned += from.bytesScanned;
  for (const [reason, n] of Object.entries(from.skipped)) {
    const key = reason as keyof ScanStats['skipped'];
    into.skipped[key] = (into.skipped[key] ?? 0) + (n ?? 0);
  }
  if (from.chunked) into.chunked = (into.chunked ?? 0) + from.chunked;
  if (from.phases) addPhaseTimes((into.phases ??= {}), from.phases);
  if (from.unscanned?.length) appendAll((into.unscanned ??= []), from.unscanned);
}

function hasFacts(facts: FileFacts): boolean {
  return Object.values(facts).some((list: unknown[]) => list.length > 0);
}

export function mergeFacts(into: FileFacts, from: FileFacts): void {
  appendAll(into.findings, from.findings);
  appendAll(into.images, from.images);
  appendAll(into.containers, from.containers);
  appendAll(into.networkPolicies, from.networkPolicies);
  appendAll(into.deployables, from.deployables);
  appendAll(into.telemetry, from.telemetry);
  appendAll(into.exposures, from.exposures);
  appendAll(into.kustomizations, from.kustomizations);
  appendAll(into.charts, from.charts);
}

/**
 * The tree-level pass, on the main thread once every file is scanned: facts that span files
 * (kustomization trees, a chart's appVersion) settle the images as deployed, and the image
 * findings of the references they changed are recomputed.
 */
export function resolveTreeFacts(facts: FileFacts, options: Pick<ScanOptions, 'requireDigest'>): void {
  const changed = resolveDeployedImages(facts.images, facts.kustomizations, facts.charts);
  if (changed.length === 0) return;
  const at = (f: { path: string; line: number; column: number }) => `${f.path}:${f.line}:${f.column}`;
  const places = new Set(changed.map(at));
  facts.findings = facts.findings.filter((f) => f.category !== 'image' || !places.has(at(f)));
  appendAll(facts.findings, imageFindings(changed, { requireDigest: options.requireDigest, context: classifyContext }));
}

/** Secret findings under the policy's allow_paths are kept, marked as accepted by policy. */
export function applyAllowPaths(facts: FileFacts, allowPaths: readonly string[]): void {
  if (!allowPaths.length) return;
  const allowed = picomatch(allowPaths as string[], { dot: true });
  for (const f of facts.findings) {
    if (!f.suppression && (f.category === 'secret' || f.category === 'secret-logging') && allowed(f.path)) {
      f.suppression = { kind: 'policy', reason: 'path is in the policy allow_paths' };
    }
  }
}
