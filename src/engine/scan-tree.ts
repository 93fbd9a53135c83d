// Reads every listed file once and runs the scanners on it. Files are read and scanned one
// at a time and only their facts are kept, so memory does not grow with the tree's size.
import picomatch from 'picomatch';
import type { ScanStats } from '../report/types.js';
import { classifyPath } from '../scanners/images/formats.js';
import { scanFile, type ScanOptions } from '../scanners/scan-file.js';
import { emptyFacts, type FileFacts } from '../scanners/types.js';
import { classifyContext } from '../workspace/context.js';
import { readWorkspaceFile } from '../workspace/read-file.js';
import { skipByName } from '../workspace/skip-by-name.js';
import { appendAll } from '../util/append.js';

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

export function scanTree(root: string, files: readonly string[], options: ScanOptions & { maxFileBytes: number }, handOff?: HandOff): TreeScan {
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
    if (!read.ok) {
      stats.skipped[read.reason] = (stats.skipped[read.reason] ?? 0) + 1;
      continue;
    }
    stats.filesScanned++;
    stats.bytesScanned += read.bytes;
    const file = { path, text: read.text, context: classifyContext(path), ...(read.byteString ? { byteString: true } : {}) };
    mergeFacts(facts, scanFile(file, options));
  }
  return { facts, stats };
}

export function mergeFacts(into: FileFacts, from: FileFacts): void {
  appendAll(into.findings, from.findings);
  appendAll(into.images, from.images);
  appendAll(into.containers, from.containers);
  appendAll(into.networkPolicies, from.networkPolicies);
  appendAll(into.deployables, from.deployables);
  appendAll(into.telemetry, from.telemetry);
  appendAll(into.exposures, from.exposures);
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
