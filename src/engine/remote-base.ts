// The base commit's files through a remote reader (the action passes the contents API at the
// base SHA) when the checkout's git objects do not have the commit. The engine reads files
// synchronously, so what the rules need is fetched ahead: the policy file, then the baseline
// and API catalog files the policy names, then (before exceptions are reviewed) the manifests
// and the files with inline allow comments. A file not fetched reads as unreadable, which
// never counts in the PR's favour.
import { DEFAULT_POLICY_PATHS } from '../policy/load.js';
import type { FileSource, SourceRead } from '../workspace/file-source.js';
import { DEFAULT_YAML_LIMITS, parseYamlSafely } from '../yaml/safe-yaml.js';
import { DEFAULT_BASELINE_PATH, MAX_BASELINE_BYTES } from './baseline.js';
import type { BaseOpen } from './base-source.js';

/** Reads one file of the base commit, by root-relative path: `missing` when it is absent there. */
export interface RemoteFiles {
  /** How the files are read, for the report: `the contents API`. */
  label: string;
  /** Whether the commit exists there: a file read at an unknown commit is not "absent". */
  hasCommit(): Promise<{ ok: true } | { ok: false; reason: string }>;
  read(relPath: string, maxBytes: number): Promise<SourceRead>;
}

export interface PreloadingSource extends FileSource {
  /** Fetches the files not fetched yet, each up to `maxBytes`. */
  preload(paths: readonly string[], maxBytes: number): Promise<void>;
}

export function isPreloading(source: FileSource): source is PreloadingSource {
  return typeof (source as Partial<PreloadingSource>).preload === 'function';
}

export function remoteSource(remote: RemoteFiles, commit: string): PreloadingSource {
  const cache = new Map<string, { read: SourceRead; maxBytes: number }>();
  return {
    label: `base commit ${commit.slice(0, 12)} (${remote.label})`,
    read(relPath, maxBytes) {
      const hit = cache.get(relPath);
      if (!hit) return { ok: false, reason: 'unreadable' };
      if (hit.read.ok) return Buffer.byteLength(hit.read.text, 'utf8') > maxBytes ? { ok: false, reason: 'too-large' } : hit.read;
      // A file too large for a smaller cap may fit a larger one: only then is it unknown.
      return hit.read.reason === 'too-large' && maxBytes > hit.maxBytes ? { ok: false, reason: 'unreadable' } : hit.read;
    },
    async preload(paths, maxBytes) {
      for (const p of new Set(paths)) {
        const hit = cache.get(p);
        if (hit && !(hit.read.ok === false && hit.read.reason === 'too-large' && maxBytes > hit.maxBytes)) continue;
        cache.set(p, { read: await remote.read(p, maxBytes), maxBytes });
      }
    },
  };
}

/**
 * Opens the base through `remote`: the commit must exist there, and the policy (the explicit
 * in-repository path or the default names) must read or be absent; a failed read means the base
 * cannot be read this way either.
 */
export async function openRemoteBase(remote: RemoteFiles, commit: string, policyRepoPath: string | undefined): Promise<BaseOpen> {
  const found = await remote.hasCommit();
  if (!found.ok) return { ok: false, reason: found.reason };
  const source = remoteSource(remote, commit);
  const candidates = policyRepoPath ? [policyRepoPath] : DEFAULT_POLICY_PATHS;
  let policyText: string | undefined;
  for (const candidate of candidates) {
    await source.preload([candidate], DEFAULT_YAML_LIMITS.maxBytes);
    const read = source.read(candidate, DEFAULT_YAML_LIMITS.maxBytes);
    if (read.ok) {
      policyText = read.text;
      break;
    }
    if (read.reason === 'unreadable') return { ok: false, reason: `${remote.label} could not read ${candidate}` };
    // Anything else (too large, not a file) is the policy loader's to report.
    if (read.reason !== 'missing') break;
  }
  const named = policyText === undefined ? {} : namedFiles(policyText);
  if (named.catalog) await source.preload([named.catalog], DEFAULT_YAML_LIMITS.maxBytes);
  await source.preload([named.baseline ?? DEFAULT_BASELINE_PATH], MAX_BASELINE_BYTES);
  return { ok: true, commit, source };
}

/** The API catalog and baseline files a policy's text names (read loosely: the loader validates). */
function namedFiles(text: string): { catalog?: string; baseline?: string } {
  const doc = parseYamlSafely('policy', text).documents.find((d) => d.value !== null && d.value !== undefined)?.value as Record<string, unknown> | undefined;
  if (!doc || typeof doc !== 'object') return {};
  const catalog = typeof doc.api_catalog_file === 'string' ? doc.api_catalog_file.trim() : undefined;
  const findings = doc.findings as Record<string, unknown> | undefined;
  const baseline = findings && typeof findings === 'object' && typeof findings.baseline === 'string' ? findings.baseline.trim() : undefined;
  return { ...(catalog ? { catalog } : {}), ...(baseline ? { baseline } : {}) };
}
