// Loads the policy file (validated like a manifest) and resolves it over the built-in defaults.
// The policy, and the API catalog it names, are read as every other file is: a regular file
// inside the repository, no symlink, a byte cap, a non-blocking open (no FIFO hang, no
// /dev/zero). For a pull request the source is the base commit (see src/engine/base-source.ts).
import path from 'node:path';
import { z } from 'zod';
import { ConfigurationFailure } from '../config/failure.js';
import type { ConfigError } from '../errors.js';
import { validateAgainst } from '../config/validate.js';
import { describeRefusal, readOutsideFile, workspaceSource, type FileSource, type SourceRead } from '../workspace/file-source.js';
import { toPosix } from '../workspace/paths.js';
import { DEFAULT_YAML_LIMITS, parseYamlSafely } from '../yaml/safe-yaml.js';
import { defaultPolicy, resolvePolicy, type Policy } from './policy.js';
import { policySchema } from './schema.js';

export const DEFAULT_POLICY_PATHS = ['.github/readiness-policy.yml', '.github/readiness-policy.yaml'];

const MAX_POLICY_BYTES = DEFAULT_YAML_LIMITS.maxBytes;

/** Where the policy text was found: a repository path (read through a FileSource) or the operator's own file. */
export interface PolicyText {
  /** Repository-relative path, or the path as the operator wrote it for a file outside the repository. */
  display: string;
  /** Set when the file is in the repository, so the base commit's copy can stand in for it. */
  repoPath?: string;
  text: string;
}

/**
 * `explicitPath` comes from the user (flag or action input) and is resolved against `cwd`;
 * without it the repository's default policy file is used, or the built-in policy.
 */
export function loadPolicy(root: string, explicitPath?: string, cwd: string = process.cwd(), source: FileSource = workspaceSource(root)): Policy {
  const found = findPolicyText(root, explicitPath, cwd, source);
  return found ? policyFromText(found, source) : defaultPolicy();
}

/** The policy file's path and text, or undefined when the built-in policy applies. */
export function findPolicyText(root: string, explicitPath: string | undefined, cwd: string, source: FileSource): PolicyText | undefined {
  if (explicitPath) {
    const full = path.resolve(cwd, explicitPath);
    const rel = toPosix(path.relative(path.resolve(root), full));
    const inRepo = rel !== '' && !rel.startsWith('../') && rel !== '..' && !path.isAbsolute(rel);
    const read = inRepo ? source.read(rel, MAX_POLICY_BYTES) : readOutsideFile(full, MAX_POLICY_BYTES);
    if (!read.ok) throw refusal(explicitPath, read, read.reason === 'missing' ? 'check the --policy flag or the `policy` input; omit it to use .github/readiness-policy.yml or the built-in policy' : undefined);
    return { display: explicitPath, ...(inRepo ? { repoPath: rel } : {}), text: read.text };
  }
  for (const candidate of DEFAULT_POLICY_PATHS) {
    const read = source.read(candidate, MAX_POLICY_BYTES);
    if (read.ok) return { display: candidate, repoPath: candidate, text: read.text };
    if (read.reason !== 'missing') throw refusal(candidate, read);
  }
  return undefined;
}

function refusal(file: string, read: Extract<SourceRead, { ok: false }>, hint?: string): ConfigurationFailure {
  const message = read.reason === 'missing' ? 'policy file not found' : `policy file is ${describeRefusal(read.reason, MAX_POLICY_BYTES)}`;
  return new ConfigurationFailure([{ file, message, hint: hint ?? (read.reason === 'too-large' ? 'move the API catalog to api_catalog_file or trim the policy' : 'make the policy a regular YAML file inside the repository') }]);
}

/** Parses, validates and resolves a policy's text; its API catalog file is read from `source`. */
export function policyFromText(found: PolicyText, source: FileSource): Policy {
  const { display, text } = found;
  const errors: ConfigError[] = [];
  const parsed = parseYamlSafely(display, text);
  errors.push(...parsed.errors);
  const doc = parsed.documents.find((d) => d.value !== null && d.value !== undefined);
  if (!errors.length && !doc) errors.push({ file: display, line: 1, column: 1, message: 'the policy file is empty', hint: 'start with apiVersion: readiness-gate/v1' });
  if (errors.length || !doc) throw new ConfigurationFailure(errors);
  const validated = validateAgainst(policySchema, display, parsed, doc);
  if (!validated.value) throw new ConfigurationFailure(validated.errors);
  const policy = resolvePolicy(validated.value, display);
  if (policy.apiCatalogFile) policy.apiCatalog = [...policy.apiCatalog, ...loadCatalogFile(source, policy.apiCatalogFile)];
  return policy;
}

const catalogFileSchema = z.array(z.union([z.string().min(1), z.strictObject({ name: z.string().min(1), description: z.string().optional() })]));

function loadCatalogFile(source: FileSource, relative: string): string[] {
  const read = source.read(relative, MAX_POLICY_BYTES);
  if (!read.ok) {
    const message = read.reason === 'missing' ? 'api_catalog_file not found' : `api_catalog_file is ${describeRefusal(read.reason, MAX_POLICY_BYTES)}`;
    throw new ConfigurationFailure([{ file: relative, message, hint: read.reason === 'missing' ? 'create it, or list the approved APIs inline under api_catalog' : 'name a regular file inside the repository' }]);
  }
  const parsed = parseYamlSafely(relative, read.text);
  const doc = parsed.documents[0];
  if (parsed.errors.length || !doc) throw new ConfigurationFailure(parsed.errors.length ? parsed.errors : [{ file: relative, message: 'empty catalog' }]);
  const validated = validateAgainst(catalogFileSchema, relative, parsed, doc);
  if (!validated.value) throw new ConfigurationFailure(validated.errors);
  return validated.value.map((e) => (typeof e === 'string' ? e : e.name));
}
