// Turns zod issues on a parsed YAML document into located, actionable ConfigErrors:
// file, line, column, key path, what was expected, and a "did you mean" for near misses.
import { closest, distance } from 'fastest-levenshtein';
import type { z } from 'zod';
import type { ConfigError } from '../errors.js';
import { couldBeSecret } from '../scanners/secrets/redact-text.js';
import { locateKeyPath, type ParsedDocument, type ParsedYaml } from '../yaml/safe-yaml.js';

type Path = (string | number)[];

export function validateAgainst<S extends z.ZodType>(
  schema: S,
  file: string,
  parsed: ParsedYaml,
  document: ParsedDocument,
): { value?: z.output<S>; errors: ConfigError[] } {
  const result = schema.safeParse(document.value);
  if (result.success) return { value: result.data, errors: [] };
  const errors = result.error.issues.flatMap(explainUnion).map((issue) => toConfigError(schema, file, parsed, document, issue));
  return { errors: dedupe(errors) };
}

function toConfigError(
  schema: z.ZodType,
  file: string,
  parsed: ParsedYaml,
  document: ParsedDocument,
  issue: z.core.$ZodIssue,
): ConfigError {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0] ?? '';
    const known = knownKeys(schema, path);
    const suggestion = suggest(key, known);
    const keyPath = formatPath([...path, key]);
    const at = locateKeyPath(parsed, document.doc, [...path, key]);
    return {
      file,
      ...at,
      keyPath,
      message:
        issue.keys.length > 1
          ? `unknown keys ${issue.keys.map((k) => `'${k}'`).join(', ')}`
          : `unknown key '${key}'`,
      hint: suggestion
        ? `did you mean '${suggestion}'?`
        : known.length
          ? `allowed keys here: ${known.join(', ')}`
          : 'remove it',
    };
  }
  // A wrong value is pointed at where the value starts; a missing key at its parent.
  const at = locateKeyPath(parsed, document.doc, path, 'value');
  const actual = valueAt(document.value, path);
  const keyPath = formatPath(path) || '(document)';
  if (issue.code === 'invalid_type' && actual === undefined) {
    return { file, ...at, keyPath, message: `missing required key '${String(path[path.length - 1] ?? '')}'`, hint: `add it: expected ${issue.expected}` };
  }
  if (issue.code === 'invalid_type') {
    return { file, ...at, keyPath, message: `expected ${issue.expected}, got ${describe(actual)}`, hint: hintForType(issue.expected) };
  }
  if (issue.code === 'invalid_value' && actual === undefined) {
    // A missing key whose schema is an enum or literal: say it is missing and what to write.
    const options = issue.values.map(String);
    const key = String(path[path.length - 1] ?? '');
    const expected = options.length === 1 ? `'${options[0]}'` : `one of ${options.map((o) => `'${o}'`).join(', ')}`;
    return { file, ...at, keyPath, message: `missing required key '${key}'`, hint: options.length === 1 ? `add \`${key}: ${options[0]}\`` : `add it: expected ${expected}` };
  }
  if (issue.code === 'invalid_value') {
    const options = issue.values.map(String);
    const suggestion = typeof actual === 'string' ? suggest(actual, options) : undefined;
    return {
      file,
      ...at,
      keyPath,
      message: `${describe(actual)} is not allowed; expected ${options.length === 1 ? `'${options[0]}'` : `one of ${options.map((o) => `'${o}'`).join(', ')}`}`,
      hint: suggestion ? `did you mean '${suggestion}'?` : undefined,
    };
  }
  if (issue.code === 'invalid_union') {
    return { file, ...at, keyPath, message: `${describe(actual)} does not match any allowed form`, hint: 'see schema/readiness.schema.json for the accepted shapes' };
  }
  return { file, ...at, keyPath, message: issue.message.replace(/^Invalid input: /, '') };
}

/**
 * A value that matches no branch of a union is best explained by the branch it came closest
 * to: the one whose type matched (no type error at the value itself), with the fewest issues.
 */
function explainUnion(issue: z.core.$ZodIssue): z.core.$ZodIssue[] {
  if (issue.code !== 'invalid_union' || !issue.errors?.length) return [issue];
  const typed = issue.errors.filter((branch) => !branch.some((i) => i.path.length === 0 && (i.code === 'invalid_type' || i.code === 'invalid_value')));
  if (!typed.length) return [issue];
  const best = typed.reduce((a, b) => (b.length < a.length ? b : a));
  return best.flatMap((inner) => explainUnion({ ...inner, path: [...issue.path, ...inner.path] } as z.core.$ZodIssue));
}

/** The keys an object schema accepts at a path, for "did you mean". */
export function knownKeys(schema: z.ZodType, path: Path): string[] {
  let node: unknown = schema;
  for (const segment of path) {
    node = unwrap(node);
    const def = defOf(node);
    if (!def) return [];
    if (def.type === 'object' && typeof segment === 'string') node = (def.shape as Record<string, unknown>)[segment];
    else if (def.type === 'array') node = def.element;
    else if (def.type === 'record') node = def.valueType;
    else if (def.type === 'union') node = (def.options as unknown[]).find((o) => defOf(unwrap(o))?.type === 'object');
    else return [];
  }
  const def = defOf(unwrap(node));
  if (def?.type === 'union') {
    const obj = (def.options as unknown[]).map(unwrap).find((o) => defOf(o)?.type === 'object');
    return obj ? Object.keys(defOf(obj)!.shape as object) : [];
  }
  return def?.type === 'object' ? Object.keys(def.shape as object) : [];
}

function unwrap(node: unknown): unknown {
  let current = node;
  for (let i = 0; i < 10; i++) {
    const def = defOf(current);
    if (!def) return current;
    if (['optional', 'default', 'prefault', 'nullable', 'readonly', 'catch'].includes(def.type as string)) current = def.innerType;
    else if (def.type === 'pipe') current = def.in;
    else return current;
  }
  return current;
}

function defOf(node: unknown): Record<string, unknown> | undefined {
  return (node as { _zod?: { def?: Record<string, unknown> } } | undefined)?._zod?.def;
}

export function suggest(input: string, candidates: readonly string[]): string | undefined {
  if (!candidates.length || !input) return undefined;
  const lowered = input.toLowerCase().replace(/-/g, '_');
  const exactish = candidates.find((c) => c.toLowerCase().replace(/-/g, '_') === lowered);
  if (exactish) return exactish;
  // A prefix ("prod" for "production") is the commonest near miss for enum values.
  const prefixed = candidates.filter((c) => c.toLowerCase().startsWith(lowered));
  if (prefixed.length === 1) return prefixed[0];
  const best = closest(input, candidates as string[]);
  const limit = Math.max(2, Math.floor(input.length / 3));
  return distance(input, best) <= limit ? best : undefined;
}

function valueAt(value: unknown, path: Path): unknown {
  let current = value;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

export function formatPath(path: Path): string {
  return path.reduce<string>((acc, segment) => (typeof segment === 'number' ? `${acc}[${segment}]` : acc ? `${acc}.${segment}` : segment), '');
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  // A value that could be a secret is described, not quoted: its type and length only.
  if (typeof value === 'string') return couldBeSecret(value) ? `a string of ${value.length} characters` : `'${printable(value.length > 60 ? `${value.slice(0, 57)}...` : value)}'`;
  return `${typeof value} ${String(value)}`;
}

/** Control characters are shown escaped, never sent raw to a terminal or a log. */
function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function hintForType(expected: string): string | undefined {
  if (expected === 'array') return 'write a YAML list: one "- item" per line';
  if (expected === 'object') return 'write a mapping of "key: value" lines, indented under this key';
  if (expected === 'boolean') return 'write true or false (no quotes)';
  if (expected === 'number') return 'write a number without quotes';
  if (expected === 'string') return 'quote the value';
  return undefined;
}

function dedupe(errors: ConfigError[]): ConfigError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${e.line}:${e.column}:${e.keyPath}:${e.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
