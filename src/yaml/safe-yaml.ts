// YAML from manifests, policies and the repository is hostile input. This is the one place
// that parses it: bounded size, bounded alias expansion, no duplicate keys, no custom tags.
import { LineCounter, parseAllDocuments, isNode, type Document, type Node } from 'yaml';
import type { ConfigError } from '../errors.js';

export interface SafeYamlLimits {
  /** Bytes; bigger files are refused before parsing. */
  maxBytes: number;
  /** Alias dereferences allowed when converting to plain values ("billion laughs" guard). */
  maxAliasCount: number;
  maxDocuments: number;
}

export const DEFAULT_YAML_LIMITS: SafeYamlLimits = {
  maxBytes: 1024 * 1024,
  maxAliasCount: 50,
  maxDocuments: 500,
};

export interface ParsedDocument {
  doc: Document.Parsed;
  /** The document as plain JS values, or undefined when it could not be converted. */
  value: unknown;
}

export interface ParsedYaml {
  documents: ParsedDocument[];
  lineCounter: LineCounter;
  errors: ConfigError[];
}

export function parseYamlSafely(
  file: string,
  text: string,
  limits: SafeYamlLimits = DEFAULT_YAML_LIMITS,
): ParsedYaml {
  const lineCounter = new LineCounter();
  const errors: ConfigError[] = [];
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > limits.maxBytes) {
    errors.push({
      file,
      message: `file is ${bytes} bytes, over the ${limits.maxBytes}-byte limit for YAML`,
      hint: 'split the file, or raise the limit in the policy if it really must be this large',
    });
    return { documents: [], lineCounter, errors };
  }
  const docs = parseAllDocuments(text, {
    lineCounter,
    uniqueKeys: true,
    schema: 'core',
    merge: false,
    prettyErrors: false,
    strict: true,
    // The library would otherwise print its own warnings (e.g. collection keys stringified) to
    // stderr from inside a repository scan; errors are collected and reported with file:line.
    logLevel: 'error',
  });
  const list = Array.isArray(docs) ? docs : [];
  if (list.length > limits.maxDocuments) {
    errors.push({
      file,
      message: `file has ${list.length} YAML documents, over the limit of ${limits.maxDocuments}`,
      hint: 'split the file into several',
    });
    return { documents: [], lineCounter, errors };
  }
  const documents: ParsedDocument[] = [];
  for (const doc of list) {
    const before = errors.length;
    for (const problem of [...doc.errors, ...doc.warnings]) {
      const pos = problem.linePos?.[0] ?? lineCounter.linePos(problem.pos[0]);
      errors.push({
        file,
        line: pos?.line,
        column: pos?.col,
        message: describeYamlProblem(problem.code, problem.message),
        hint: hintForYamlProblem(problem.code, problem.message),
      });
    }
    if (errors.length > before) {
      documents.push({ doc, value: undefined });
      continue;
    }
    try {
      documents.push({ doc, value: doc.toJS({ maxAliasCount: limits.maxAliasCount }) });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const excessive = /alias/i.test(message);
      const start = doc.contents && isNode(doc.contents) ? doc.contents.range?.[0] : undefined;
      const pos = start !== undefined ? lineCounter.linePos(start) : undefined;
      errors.push({
        file,
        line: pos?.line,
        column: pos?.col,
        message: excessive
          ? `too many alias expansions (over ${limits.maxAliasCount}): this looks like a "billion laughs" document`
          : `could not read the YAML document: ${firstLine(message)}`,
        hint: excessive ? 'write the values out instead of nesting aliases' : undefined,
      });
      documents.push({ doc, value: undefined });
    }
  }
  return { documents, lineCounter, errors };
}

/** The line and column (1-based) where the node at a key path starts, if the document has it. */
export function locateKeyPath(
  parsed: ParsedYaml,
  doc: Document.Parsed,
  path: readonly (string | number)[],
  at: 'key' | 'value' = 'key',
): { line: number; column: number } | undefined {
  // Walk up the path until something exists: a missing key is reported at its parent.
  for (let depth = path.length; depth >= 0; depth--) {
    const sub = path.slice(0, depth);
    const node: unknown = sub.length === 0 ? doc.contents : doc.getIn(sub, true);
    if (isNode(node) && (node as Node).range) {
      // For a present key, point at the key rather than the value when we can.
      const keyOffset = depth > 0 && (at === 'key' || depth < path.length) ? keyOffsetFor(doc, sub) : undefined;
      const offset = keyOffset ?? (node as Node).range![0];
      const pos = parsed.lineCounter.linePos(offset);
      return { line: pos.line, column: pos.col };
    }
  }
  return undefined;
}

function keyOffsetFor(doc: Document.Parsed, path: readonly (string | number)[]): number | undefined {
  const parentPath = path.slice(0, -1);
  const last = path[path.length - 1];
  const parent: unknown = parentPath.length === 0 ? doc.contents : doc.getIn(parentPath, true);
  if (parent && typeof parent === 'object' && 'items' in parent && typeof last === 'string') {
    const items = (parent as { items: unknown[] }).items;
    for (const item of items) {
      const key = (item as { key?: unknown }).key;
      if (isNode(key) && (key as { value?: unknown }).value === last && key.range) return key.range[0];
    }
  }
  return undefined;
}

function describeYamlProblem(code: string, message: string): string {
  const text = firstLine(message);
  if (code === 'DUPLICATE_KEY') return `duplicate key: ${text}`;
  if (code === 'TAG_RESOLVE_FAILED') return `custom YAML tags are not allowed: ${text}`;
  return `YAML syntax error: ${text}`;
}

function hintForYamlProblem(code: string, _message: string): string | undefined {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'keep one of the two keys; YAML would silently let the last one win';
    case 'TAG_RESOLVE_FAILED':
      return 'remove the `!tag`; write a plain string, number, list or mapping';
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
    case 'UNEXPECTED_TOKEN':
      return 'check the indentation and quoting on this line and the one before it';
    default:
      return undefined;
  }
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.trim();
}
