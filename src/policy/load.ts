// Loads the policy file (validated like a manifest) and resolves it over the built-in defaults.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ConfigurationFailure, type ConfigError } from '../errors.js';
import { validateAgainst } from '../config/validate.js';
import { resolveInside } from '../workspace/paths.js';
import { DEFAULT_YAML_LIMITS, parseYamlSafely } from '../yaml/safe-yaml.js';
import { defaultPolicy, resolvePolicy, type Policy } from './policy.js';
import { policySchema } from './schema.js';

export const DEFAULT_POLICY_PATHS = ['.github/readiness-policy.yml', '.github/readiness-policy.yaml'];

/**
 * `explicitPath` comes from the user (flag or action input) and is resolved against `cwd`;
 * without it the repository's default policy file is used, or the built-in policy.
 */
export function loadPolicy(root: string, explicitPath?: string, cwd: string = process.cwd()): Policy {
  let file: string | undefined;
  let display: string | undefined;
  if (explicitPath) {
    file = path.resolve(cwd, explicitPath);
    display = explicitPath;
    if (!existsSync(file)) {
      throw new ConfigurationFailure([{ file: explicitPath, message: 'policy file not found', hint: 'check the --policy flag or the `policy` input; omit it to use .github/readiness-policy.yml or the built-in policy' }]);
    }
  } else {
    const found = DEFAULT_POLICY_PATHS.find((p) => existsSync(path.join(root, p)));
    if (!found) return defaultPolicy();
    file = path.join(root, found);
    display = found;
  }
  if (statSync(file).size > DEFAULT_YAML_LIMITS.maxBytes) {
    throw new ConfigurationFailure([{ file: display, message: 'policy file is over the 1 MiB limit', hint: 'move the API catalog to api_catalog_file or trim the policy' }]);
  }
  const text = readFileSync(file, 'utf8');
  const errors: ConfigError[] = [];
  const parsed = parseYamlSafely(display, text);
  errors.push(...parsed.errors);
  const doc = parsed.documents.find((d) => d.value !== null && d.value !== undefined);
  if (!errors.length && !doc) errors.push({ file: display, line: 1, column: 1, message: 'the policy file is empty', hint: 'start with apiVersion: readiness-gate/v1' });
  if (errors.length || !doc) throw new ConfigurationFailure(errors);
  const validated = validateAgainst(policySchema, display, parsed, doc);
  if (!validated.value) throw new ConfigurationFailure(validated.errors);
  const policy = resolvePolicy(validated.value, display);
  if (policy.apiCatalogFile) policy.apiCatalog = [...policy.apiCatalog, ...loadCatalogFile(root, policy.apiCatalogFile)];
  return policy;
}

const catalogFileSchema = z.array(z.union([z.string().min(1), z.strictObject({ name: z.string().min(1), description: z.string().optional() })]));

function loadCatalogFile(root: string, relative: string): string[] {
  const inside = resolveInside(root, '', relative);
  if (!inside.ok) throw new ConfigurationFailure([{ file: relative, message: `api_catalog_file ${inside.reason}`, hint: 'name a file inside the repository' }]);
  const full = path.join(root, inside.path);
  if (!existsSync(full)) throw new ConfigurationFailure([{ file: relative, message: 'api_catalog_file not found', hint: 'create it, or list the approved APIs inline under api_catalog' }]);
  const parsed = parseYamlSafely(relative, readFileSync(full, 'utf8'));
  const doc = parsed.documents[0];
  if (parsed.errors.length || !doc) throw new ConfigurationFailure(parsed.errors.length ? parsed.errors : [{ file: relative, message: 'empty catalog' }]);
  const validated = validateAgainst(catalogFileSchema, relative, parsed, doc);
  if (!validated.value) throw new ConfigurationFailure(validated.errors);
  return validated.value.map((e) => (typeof e === 'string' ? e : e.name));
}
