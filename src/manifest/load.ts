// Finds and loads readiness manifests. Every bad manifest is reported, none is skipped quietly.
import path from 'node:path';
import picomatch from 'picomatch';
import type { ConfigError } from '../errors.js';
import { validateAgainst } from '../config/validate.js';
import { readWorkspaceFile } from '../workspace/read-file.js';
import { resolveInside } from '../workspace/paths.js';
import { DEFAULT_YAML_LIMITS, locateKeyPath, parseYamlSafely } from '../yaml/safe-yaml.js';
import { manifestSchema, type Manifest } from './schema.js';

export interface Workload {
  name: string;
  /** Workspace-relative path of the manifest file. */
  manifestPath: string;
  /** Workspace-relative directory of the manifest ('' for the root). */
  dir: string;
  manifest: Manifest;
  /** 1-based line of a key in the manifest, for evidence; falls back to the nearest parent. */
  lineOf(keyPath: (string | number)[]): number;
}

export interface LoadedManifests {
  workloads: Workload[];
  errors: ConfigError[];
}

export function findManifestPaths(files: readonly string[], globs: readonly string[]): string[] {
  const match = picomatch(globs as string[], { dot: true });
  return files.filter((f) => match(f)).sort();
}

export function loadManifests(root: string, manifestPaths: readonly string[]): LoadedManifests {
  const workloads: Workload[] = [];
  const errors: ConfigError[] = [];
  for (const file of manifestPaths) {
    const read = readWorkspaceFile(root, file, DEFAULT_YAML_LIMITS.maxBytes);
    if (!read.ok) {
      errors.push({ file, message: `cannot read the manifest (${read.reason})`, hint: hintForSkip(read.reason) });
      continue;
    }
    const loaded = loadManifestText(root, file, read.text);
    errors.push(...loaded.errors);
    if (loaded.workload) workloads.push(loaded.workload);
  }
  errors.push(...duplicateNames(workloads));
  return { workloads, errors };
}

export function loadManifestText(root: string, file: string, text: string): { workload?: Workload; errors: ConfigError[] } {
  const parsed = parseYamlSafely(file, text);
  if (parsed.errors.length) return { errors: parsed.errors };
  const documents = parsed.documents.filter((d) => d.value !== null && d.value !== undefined);
  if (documents.length !== 1) {
    return {
      errors: [
        {
          file,
          line: 1,
          column: 1,
          message: documents.length === 0 ? 'the manifest is empty' : `the manifest holds ${documents.length} YAML documents; one workload per file`,
          hint: documents.length === 0 ? `start from apiVersion: readiness-gate/v1, name, tier` : 'split it into one readiness.yaml per workload directory',
        },
      ],
    };
  }
  const document = documents[0]!;
  const validated = validateAgainst(manifestSchema, file, parsed, document);
  if (!validated.value) return { errors: validated.errors };
  const manifest = validated.value;
  const lineOf = (keyPath: (string | number)[]) => locateKeyPath(parsed, document.doc, keyPath)?.line ?? 1;
  const dir = path.posix.dirname(file) === '.' ? '' : path.posix.dirname(file);
  const pathErrors = checkManifestPaths(root, file, dir, manifest, lineOf);
  if (pathErrors.length) return { errors: pathErrors };
  return { workload: { name: manifest.name, manifestPath: file, dir, manifest, lineOf }, errors: [] };
}

/** Every path a manifest names must stay inside the workspace. Existence is a control's business. */
function checkManifestPaths(
  root: string,
  file: string,
  dir: string,
  manifest: Manifest,
  lineOf: (keyPath: (string | number)[]) => number,
): ConfigError[] {
  const named: { keyPath: (string | number)[]; value: string }[] = [];
  manifest.paths.forEach((value, i) => named.push({ keyPath: ['paths', i], value }));
  if (manifest.ownership?.runbook) named.push({ keyPath: ['ownership', 'runbook'], value: manifest.ownership.runbook });
  manifest.data_contracts.forEach((c, i) => named.push({ keyPath: ['data_contracts', i, 'path'], value: c.path }));
  if (manifest.release?.rollback_plan) named.push({ keyPath: ['release', 'rollback_plan'], value: manifest.release.rollback_plan });
  if (manifest.release?.changelog) named.push({ keyPath: ['release', 'changelog'], value: manifest.release.changelog });
  const errors: ConfigError[] = [];
  for (const { keyPath, value } of named) {
    const result = resolveInside(root, dir, value);
    if (!result.ok) {
      errors.push({
        file,
        line: lineOf(keyPath),
        column: 1,
        keyPath: keyPath.map((k) => (typeof k === 'number' ? `[${k}]` : k)).join('.').replace(/\.\[/g, '['),
        message: `path '${value}' ${result.reason}`,
        hint: 'name a file or directory inside the repository, relative to this manifest',
      });
    }
  }
  return errors;
}

function duplicateNames(workloads: Workload[]): ConfigError[] {
  const byName = new Map<string, Workload>();
  const errors: ConfigError[] = [];
  for (const w of workloads) {
    const first = byName.get(w.name);
    if (first) {
      errors.push({
        file: w.manifestPath,
        line: w.lineOf(['name']),
        column: 1,
        keyPath: 'name',
        message: `workload name '${w.name}' is already used by ${first.manifestPath}`,
        hint: 'give every workload a unique name',
      });
    } else byName.set(w.name, w);
  }
  return errors;
}

function hintForSkip(reason: string): string {
  if (reason === 'symlink') return 'manifests must be regular files, not symlinks';
  if (reason === 'too-large') return 'a manifest should be a few kilobytes; it is over the 1 MiB limit';
  if (reason === 'binary') return 'save the manifest as UTF-8 text';
  return 'check the file permissions';
}
