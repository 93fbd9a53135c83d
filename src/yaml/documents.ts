// YAML documents of a scanned file, split before parsing so that a document no scanner reads
// (a CRD's schema, a JSON schema) costs a regular-expression test instead of a parse. Parsed with
// the same hostile-input settings as safe-yaml.ts; the scanners read the AST only, so nothing is
// converted to plain JS values.
import { LineCounter, parseAllDocuments } from 'yaml';
import type { AstContext } from './ast.js';
import { fastParseDocument, NotRepresentable } from './fast-parse.js';
import { withYamlEnvSnapshot } from './env-snapshot.js';
import { DEFAULT_YAML_LIMITS, type SafeYamlLimits } from './safe-yaml.js';
import { isLineTerminator, lineStartFinder, lineStartTest, literalFinder } from '../util/literal-search.js';

export interface YamlDocument {
  ctx: AstContext;
  /** The document has syntax errors (a Helm template, broken YAML): its AST is not reliable. */
  broken: boolean;
  /** First and last file line of the document's text (1-based, inclusive). */
  fromLine: number;
  toLine: number;
}

export interface YamlDocuments {
  documents: YamlDocument[];
  /** How many documents were left unparsed because no scanner reads them (CRDs, schemas). */
  skipped: number;
  /** The file was refused before parsing (over the size or document limit). */
  refused: boolean;
}

/**
 * A document marker: `---` at the start of a line, alone or followed by a space (the offsets
 * `/^---(?=[ \t]|\r?$)/gm` finds, through a literal search: see literal-search.ts).
 */
const MARKER = lineStartFinder('---');

function isMarkerEnd(text: string, at: number): boolean {
  if (at >= text.length) return true;
  const c = text.charCodeAt(at);
  return c === 32 || c === 9 || isLineTerminator(c);
}
/** Text that is not a document on its own: blank lines, comments, directives. */
const PREAMBLE_ONLY = /^(?:\s*(?:#.*|%.*)?(?:\r?\n|$))*$/;
/** Kinds whose documents hold no workload, container or policy: schemas and API definitions. */
// `/^kind:[ \t]*["']?(?:CustomResourceDefinition|APIService)["']?[ \t]*(?:#.*)?$/m.test(text)`.
const SKIPPED_KIND = lineStartTest('kind:', /[ \t]*["']?(?:CustomResourceDefinition|APIService)["']?[ \t]*(?:#.*)?$/my);
/** A JSON-schema document: `$schema` at the top level (YAML or JSON). */
const SCHEMA_DOCUMENT = /^(?:\$schema|[ \t]{0,2}"\$schema")[ \t]*:/m;
/** Every SCHEMA_DOCUMENT match holds `$schema`; most documents do not, and a literal search says so sooner. */
const SCHEMA_LITERAL = literalFinder('$schema');

export function isSkippedDocument(text: string): boolean {
  return SKIPPED_KIND(text) || (SCHEMA_LITERAL(text) >= 0 && SCHEMA_DOCUMENT.test(text));
}

interface Chunk {
  start: number;
  end: number;
  line: number;
}

/** Chunks of the text, one per `---`; a preamble of comments or directives joins the next one. */
function chunks(text: string): Chunk[] {
  const starts: number[] = [0];
  for (let at = MARKER(text); at >= 0; at = MARKER(text, at + 3)) {
    if (at > 0 && isMarkerEnd(text, at + 3)) starts.push(at);
  }
  const out: Chunk[] = [];
  let line = 0;
  let pending: number | undefined;
  let pendingLine = 0;
  for (let k = 0; k < starts.length; k++) {
    const start = starts[k]!;
    const end = k + 1 < starts.length ? starts[k + 1]! : text.length;
    const from = pending ?? start;
    const fromLine = pending !== undefined ? pendingLine : line;
    line += countLines(text, start, end);
    if (k + 1 < starts.length && PREAMBLE_ONLY.test(text.slice(start, end))) {
      if (pending === undefined) {
        pending = start;
        pendingLine = fromLine;
      }
      continue;
    }
    pending = undefined;
    out.push({ start: from, end, line: fromLine });
  }
  return out;
}

function countLines(text: string, start: number, end: number): number {
  let n = 0;
  for (let index = text.indexOf('\n', start); index >= 0 && index < end; index = text.indexOf('\n', index + 1)) n++;
  return n;
}

export function parseYamlDocuments(text: string, limits: SafeYamlLimits = DEFAULT_YAML_LIMITS): YamlDocuments {
  return withYamlEnvSnapshot(() => parseChunks(text, limits));
}

/**
 * js-yaml's parse converted to `yaml`-library nodes (fast-parse.ts), or undefined when that
 * cannot represent the document faithfully (then the `yaml` library parses it, as before).
 */
function tryFastParse(body: string): ReturnType<typeof fastParseDocument> | undefined {
  try {
    return fastParseDocument(body);
  } catch (error) {
    if (error instanceof NotRepresentable) return undefined;
    throw error;
  }
}

function parseChunks(text: string, limits: SafeYamlLimits): YamlDocuments {
  const result: YamlDocuments = { documents: [], skipped: 0, refused: false };
  if (Buffer.byteLength(text, 'utf8') > limits.maxBytes) {
    result.refused = true;
    return result;
  }
  const list = chunks(text);
  if (list.length > limits.maxDocuments) {
    result.refused = true;
    return result;
  }
  for (const chunk of list) {
    const body = list.length === 1 ? text : text.slice(chunk.start, chunk.end);
    const toLine = chunk.line + countLines(body, 0, body.length) + (body.endsWith('\n') ? 0 : 1);
    if (isSkippedDocument(body)) {
      result.skipped++;
      continue;
    }
    const fast = tryFastParse(body);
    if (fast) {
      const ctx: AstContext = { doc: fast.doc, lineCounter: fast.lineCounter, text: body, lineBase: chunk.line };
      result.documents.push({ ctx, broken: false, fromLine: chunk.line + 1, toLine: Math.max(chunk.line + 1, toLine) });
      continue;
    }
    const lineCounter = new LineCounter();
    const docs = parseAllDocuments(body, {
      lineCounter,
      uniqueKeys: true,
      schema: 'core',
      merge: false,
      prettyErrors: false,
      strict: true,
      logLevel: 'error',
    });
    if (!Array.isArray(docs)) continue;
    for (const doc of docs) {
      const ctx: AstContext = { doc, lineCounter, text: body, lineBase: chunk.line };
      result.documents.push({ ctx, broken: doc.errors.length > 0, fromLine: chunk.line + 1, toLine: Math.max(chunk.line + 1, toLine) });
    }
  }
  return result;
}
