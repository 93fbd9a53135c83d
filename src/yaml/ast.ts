// Small helpers over the `yaml` AST. The scanners read the node tree (not the plain JS value)
// because every fact needs a line: a finding without a place is useless in review.
import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  type Document,
  type LineCounter,
  type Node,
  type Scalar,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';

/**
 * One parsed YAML document. `text` is the text the document was parsed from (node ranges are
 * offsets into it) and `lineBase` the number of file lines before that text, so positions are
 * the file's even when the document was parsed on its own.
 */
export interface AstContext {
  doc: Document.Parsed;
  lineCounter: LineCounter;
  text: string;
  lineBase?: number;
}

export interface Position {
  line: number;
  column: number;
}

export interface Entry {
  key: string;
  keyNode: Scalar;
  value: Node | undefined;
}

const MAX_ALIAS_HOPS = 16;

/** Follows aliases (bounded) to the node they point at. */
export function deref(ctx: AstContext, node: unknown): Node | undefined {
  let current: unknown = node;
  for (let hop = 0; hop < MAX_ALIAS_HOPS && isAlias(current); hop++) {
    try {
      current = current.resolve(ctx.doc);
    } catch {
      return undefined;
    }
  }
  if (isAlias(current)) return undefined;
  return isMap(current) || isSeq(current) || isScalar(current) ? (current as Node) : undefined;
}

export function asMap(ctx: AstContext, node: unknown): YAMLMap | undefined {
  const target = deref(ctx, node);
  return isMap(target) ? target : undefined;
}

export function asSeq(ctx: AstContext, node: unknown): YAMLSeq | undefined {
  const target = deref(ctx, node);
  return isSeq(target) ? target : undefined;
}

/** The items of a sequence, aliases resolved. */
export function seqItems(ctx: AstContext, node: unknown): Node[] {
  const seq = asSeq(ctx, node);
  if (!seq) return [];
  const out: Node[] = [];
  for (const item of seq.items) {
    const target = deref(ctx, item);
    if (target) out.push(target);
  }
  return out;
}

function keyString(key: unknown): string | undefined {
  if (!isScalar(key)) return undefined;
  const value = key.value;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return key.source ?? String(value);
  return undefined;
}

/**
 * The entries of a mapping. `<<` merge keys (disabled in the parser, so they arrive as plain
 * keys) are applied here the way YAML 1.1 does: own keys win, then merged maps in order.
 */
export function entries(ctx: AstContext, node: unknown, depth = 0): Entry[] {
  const map = asMap(ctx, node);
  if (!map) return [];
  const own: Entry[] = [];
  const merged: Entry[] = [];
  for (const pair of map.items) {
    if (!isPair(pair)) continue;
    const key = keyString(pair.key);
    if (key === undefined) continue;
    if (key === '<<' && depth < 8) {
      const value = deref(ctx, pair.value);
      const sources = isSeq(value) ? value.items : [value];
      for (const source of sources) merged.push(...entries(ctx, source, depth + 1));
      continue;
    }
    own.push({ key, keyNode: pair.key as Scalar, value: (pair.value ?? undefined) as Node | undefined });
  }
  if (merged.length === 0) return own;
  const seen = new Set(own.map((entry) => entry.key));
  const out = [...own];
  for (const entry of merged) {
    if (!seen.has(entry.key)) {
      seen.add(entry.key);
      out.push(entry);
    }
  }
  return out;
}

export function entry(ctx: AstContext, node: unknown, key: string): Entry | undefined {
  return entries(ctx, node).find((candidate) => candidate.key === key);
}

export function get(ctx: AstContext, node: unknown, key: string): Node | undefined {
  const found = entry(ctx, node, key);
  return found ? deref(ctx, found.value) : undefined;
}

export function getIn(ctx: AstContext, node: unknown, path: readonly string[]): Node | undefined {
  let current: Node | undefined = deref(ctx, node);
  for (const key of path) {
    if (!current) return undefined;
    current = get(ctx, current, key);
  }
  return current;
}

/** A scalar's text: strings as they are, numbers and booleans as written in the source. */
export function scalarText(ctx: AstContext, node: unknown): string | undefined {
  const target = deref(ctx, node);
  if (!isScalar(target)) return undefined;
  const value = target.value;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    return target.source ?? String(value);
  }
  return undefined;
}

/** Only string-typed scalars. */
export function stringValue(ctx: AstContext, node: unknown): string | undefined {
  const target = deref(ctx, node);
  if (!isScalar(target)) return undefined;
  return typeof target.value === 'string' ? target.value : undefined;
}

export function boolValue(ctx: AstContext, node: unknown): boolean | undefined {
  const target = deref(ctx, node);
  if (!isScalar(target)) return undefined;
  if (typeof target.value === 'boolean') return target.value;
  if (typeof target.value === 'string' && /^(true|false)$/i.test(target.value)) {
    return target.value.toLowerCase() === 'true';
  }
  return undefined;
}

export function numberValue(ctx: AstContext, node: unknown): number | undefined {
  const target = deref(ctx, node);
  if (!isScalar(target)) return undefined;
  if (typeof target.value === 'number') return target.value;
  if (typeof target.value === 'bigint') return Number(target.value);
  if (typeof target.value === 'string' && /^-?\d+$/.test(target.value.trim())) return Number(target.value);
  return undefined;
}

export function positionAt(ctx: AstContext, offset: number): Position {
  const pos = ctx.lineCounter.linePos(offset);
  return { line: pos.line + (ctx.lineBase ?? 0), column: pos.col };
}

/** Where a node starts; for quoted scalars, the first character inside the quotes. */
export function positionOf(ctx: AstContext, node: unknown): Position | undefined {
  if (!node || typeof node !== 'object') return undefined;
  const range = (node as { range?: [number, number, number] | null }).range;
  if (!range) return undefined;
  let offset = range[0];
  if (isScalar(node) && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE')) offset += 1;
  return positionAt(ctx, offset);
}

export function lineOf(ctx: AstContext, node: unknown): number | undefined {
  return positionOf(ctx, node)?.line;
}

/** The raw source text of a node (for flow nodes a template engine mangled, e.g. `{{ x }}`). */
export function sourceText(ctx: AstContext, node: unknown): string | undefined {
  if (!node || typeof node !== 'object') return undefined;
  const range = (node as { range?: [number, number, number] | null }).range;
  if (!range) return undefined;
  return ctx.text.slice(range[0], range[1]);
}

/** Plain string-to-string map (labels, matchLabels); non-string values are written as in the source. */
export function stringMap(ctx: AstContext, node: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const item of entries(ctx, node)) {
    const value = scalarText(ctx, item.value);
    if (value !== undefined) out[item.key] = value;
  }
  return out;
}
