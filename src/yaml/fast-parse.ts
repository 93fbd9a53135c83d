// A fast path for parseYamlDocuments: js-yaml's loader reads the text (several times faster than
// the `yaml` library's CST parser on big values files) and its listener's open/close events give
// each node's place; from them this builds the same `yaml`-library node objects (YAMLMap, YAMLSeq,
// Pair, Scalar, Alias in a Document) that the scanners and ast.ts read, with ranges that are the
// text's own offsets, computed the way the `yaml` library computes them.
//
// Anything this converter cannot represent faithfully throws NotRepresentable and the caller
// parses the text with the `yaml` library instead: a document js-yaml rejects (syntax errors,
// duplicate keys, unknown tags: the `yaml` library then reports them as it always did), more
// than one document in the text, an empty document, explicit tags (`!!str`, `!custom`), explicit
// `? key` entries, empty block-sequence entries, pairs inside flow sequences (`[a: b]`), a byte
// order mark, and any node whose events do not add up (checked against js-yaml's own result).
//
// Values are the `yaml` library's core schema, resolved here from the source text (js-yaml's
// core schema differs: `0o17`, `1_000`, `+.5`); `.source` keeps the raw text as the library does.
import jsYaml from 'js-yaml';
import { Alias, Document, LineCounter, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';

export class NotRepresentable extends Error {}

type Kind = 'scalar' | 'mapping' | 'sequence' | null;

interface Built {
  node: Scalar | YAMLMap | YAMLSeq | Alias | null;
  kind: Kind;
  result: unknown;
  /** The node has no content (an empty value). */
  empty: boolean;
}

interface Frame {
  open: number;
  children: Built[];
}

interface ListenerState {
  position: number;
  kind: Kind;
  result: unknown;
  tag: string | null;
  anchor: string | null;
}

function NOT_REPRESENTABLE(why: string): never {
  throw new NotRepresentable(why);
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09;
}
function isBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d;
}
function isFlowIndicator(c: number): boolean {
  return c === 0x2c || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d;
}

export interface FastParsed {
  doc: Document.Parsed;
  lineCounter: LineCounter;
}

/** Parses one document with js-yaml and converts it; throws NotRepresentable when it cannot. */
export function fastParseDocument(text: string): FastParsed {
  if (text.charCodeAt(0) === 0xfeff) NOT_REPRESENTABLE('byte order mark');
  const converter = new Converter(text);
  let count = 0;
  try {
    jsYaml.loadAll(text, () => count++, {
      schema: jsYaml.CORE_SCHEMA,
      listener: (event: 'open' | 'close', state: ListenerState) => converter.event(event, state),
    });
  } catch (error) {
    if (error instanceof NotRepresentable) throw error;
    NOT_REPRESENTABLE(`js-yaml: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (count !== 1 || !converter.root || converter.root.empty || !converter.root.node) NOT_REPRESENTABLE('not one document');
  const lineCounter = new LineCounter();
  lineCounter.addNewLine(0);
  for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1)) lineCounter.addNewLine(index + 1);
  const doc = new Document() as unknown as Document.Parsed;
  doc.contents = converter.root.node as Document.Parsed['contents'];
  const end = text.length;
  (doc as { range: [number, number, number] }).range = [0, end, end];
  return { doc, lineCounter };
}

class Converter {
  readonly text: string;
  readonly stack: Frame[] = [];
  root: Built | undefined;

  constructor(text: string) {
    this.text = text;
  }

  event(event: 'open' | 'close', state: ListenerState): void {
    if (event === 'open') {
      this.stack.push({ open: Math.min(state.position, this.text.length), children: [] });
      return;
    }
    const frame = this.stack.pop();
    if (!frame) return NOT_REPRESENTABLE('unbalanced events');
    const built = this.build(frame, state);
    const parent = this.stack[this.stack.length - 1];
    if (parent) parent.children.push(built);
    else this.root = built;
  }

  /** Skips spaces, line breaks, comments and anchors from `at`; returns the content start. */
  private contentStart(at: number): { start: number; anchor: string | undefined } {
    const text = this.text;
    let index = at;
    let anchor: string | undefined;
    for (;;) {
      const c = text.charCodeAt(index);
      if (isSpace(c) || isBreak(c)) {
        index++;
        continue;
      }
      if (c === 0x23 /* # */) {
        while (index < text.length && !isBreak(text.charCodeAt(index))) index++;
        continue;
      }
      if (c === 0x26 /* & */) {
        const from = index + 1;
        index = from;
        while (index < text.length && !isSpace(text.charCodeAt(index)) && !isBreak(text.charCodeAt(index)) && !isFlowIndicator(text.charCodeAt(index))) index++;
        if (anchor !== undefined) NOT_REPRESENTABLE('two anchors');
        anchor = text.slice(from, index);
        continue;
      }
      if (c === 0x21 /* ! */) NOT_REPRESENTABLE('explicit tag');
      return { start: index, anchor };
    }
  }

  /** Where a node's range ends once trailing spaces, a comment and one line break are read (block context). */
  private lineEnd(at: number, flow: boolean): number {
    if (flow) return at;
    const text = this.text;
    let index = at;
    while (isSpace(text.charCodeAt(index))) index++;
    if (text.charCodeAt(index) === 0x23) while (index < text.length && !isBreak(text.charCodeAt(index))) index++;
    if (text.charCodeAt(index) === 0x0d && text.charCodeAt(index + 1) === 0x0a) return index + 2;
    if (text.charCodeAt(index) === 0x0a) return index + 1;
    if (index >= text.length) return text.length;
    return at;
  }

  private build(frame: Frame, state: ListenerState): Built {
    const { kind, result } = state;
    // Inside a flow collection a node's range ends with its content: the collection sets that.
    const inFlow = false;
    if (kind === 'mapping' || kind === 'sequence') {
      const children = frame.children;
      // "Keep the result": a block-mapping attempt read one node that was not a key.
      if (children.length === 1 && children[0]!.result === result && children[0]!.kind === kind) return children[0]!;
      return kind === 'mapping' ? this.buildMap(frame, result, inFlow) : this.buildSeq(frame, result, inFlow);
    }
    const children = frame.children.filter((child) => !child.empty);
    if (children.length === 1) {
      const child = children[0]!;
      if (!Object.is(child.result, result)) NOT_REPRESENTABLE('kept node differs');
      return child;
    }
    if (children.length > 1) NOT_REPRESENTABLE('scalar with children');
    const { start, anchor } = this.contentStart(frame.open);
    const text = this.text;
    const first = text.charCodeAt(start);
    if (kind === null) {
      if (first === 0x2a /* * */ && state.position > start) {
        if (anchor !== undefined) NOT_REPRESENTABLE('anchored alias');
        let end = start + 1;
        while (end < text.length && !isSpace(text.charCodeAt(end)) && !isBreak(text.charCodeAt(end)) && !isFlowIndicator(text.charCodeAt(end))) end++;
        const alias = new Alias(text.slice(start + 1, end));
        alias.range = [start, end, this.lineEnd(end, inFlow)];
        return { node: alias, kind, result, empty: false };
      }
      if (result !== null && result !== undefined) NOT_REPRESENTABLE('content without kind');
      if (anchor !== undefined) NOT_REPRESENTABLE('anchored empty node');
      // An empty value: a null scalar just after its indicator and the spaces that follow it.
      let at = frame.open;
      while (isSpace(text.charCodeAt(at))) at++;
      const scalar = new Scalar(null);
      scalar.source = '';
      scalar.type = 'PLAIN';
      scalar.range = [at, at, at];
      return { node: scalar, kind, result, empty: true };
    }
    const scalar = this.buildScalar(start, state, inFlow);
    if (anchor !== undefined) scalar.anchor = anchor;
    return { node: scalar, kind, result, empty: false };
  }

  private buildScalar(start: number, state: ListenerState, inFlow: boolean): Scalar {
    const text = this.text;
    const first = text.charCodeAt(start);
    const close = Math.min(state.position, text.length);
    const result = state.result;
    let scalar: Scalar;
    let end: number;
    if (first === 0x22 /* " */ || first === 0x27 /* ' */) {
      if (typeof result !== 'string') return NOT_REPRESENTABLE('quoted non-string');
      end = close;
      if (text.charCodeAt(end - 1) !== first) NOT_REPRESENTABLE('quoted scalar end');
      scalar = new Scalar(result);
      scalar.source = result;
      scalar.type = first === 0x22 ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE';
    } else if (first === 0x7c /* | */ || first === 0x3e /* > */) {
      if (typeof result !== 'string') return NOT_REPRESENTABLE('block non-string');
      end = this.blockScalarEnd(start, close);
      scalar = new Scalar(result);
      scalar.source = result;
      scalar.type = first === 0x7c ? 'BLOCK_LITERAL' : 'BLOCK_FOLDED';
      scalar.range = [start, end, end];
      return scalar;
    } else {
      end = close;
      while (end > start && (isSpace(text.charCodeAt(end - 1)) || isBreak(text.charCodeAt(end - 1)))) end--;
      if (end === start) NOT_REPRESENTABLE('empty plain scalar');
      const source = typeof result === 'string' ? result : text.slice(start, end);
      if (typeof result !== 'string' && /[\r\n]/.test(source)) NOT_REPRESENTABLE('multi-line non-string');
      scalar = resolveCore(source);
      scalar.source = source;
      scalar.type = 'PLAIN';
    }
    scalar.range = [start, end, this.lineEnd(end, inFlow)];
    return scalar;
  }

  /**
   * A block scalar ends after its last content line (clip and strip) or after the blank lines
   * that follow it too (keep), at most where js-yaml stopped reading it.
   */
  private blockScalarEnd(start: number, close: number): number {
    const text = this.text;
    const header = text.indexOf('\n', start);
    if (header < 0 || header >= close) return Math.min(close, text.length);
    let headerText = text.slice(start, header);
    const hash = headerText.indexOf('#');
    if (hash >= 0) headerText = headerText.slice(0, hash);
    const keep = headerText.includes('+');
    // Line starts from after the header to where js-yaml stopped.
    let end = header + 1;
    let blankEnd = end;
    let content = false;
    let lineStart = header + 1;
    while (lineStart < close) {
      let lineEndAt = text.indexOf('\n', lineStart);
      if (lineEndAt < 0) lineEndAt = text.length;
      const next = Math.min(lineEndAt + 1, text.length);
      if (next > close && lineEndAt < text.length) break;
      const blank = /^[ \t\r]*$/.test(text.slice(lineStart, lineEndAt));
      if (!blank || keep) end = next;
      if (!blank) content = true;
      blankEnd = next;
      lineStart = next;
      if (lineEndAt >= text.length) break;
    }
    // Without a content line, the blank lines read are the scalar's.
    return content ? end : blankEnd;
  }

  private buildMap(frame: Frame, result: unknown, inFlow: boolean): Built {
    const text = this.text;
    const children = frame.children.slice();
    const { start, anchor } = this.contentStart(frame.open);
    const flow = text.charCodeAt(start) === 0x7b;
    const map = new YAMLMap();
    if (flow) map.flow = true;
    if (anchor !== undefined) map.anchor = anchor;
    if (!flow) {
      // A last key attempt that found nothing (the mapping ended) leaves an empty child.
      if (children.length % 2 === 1 && children[children.length - 1]!.empty) children.pop();
      if (children.length % 2 === 1) NOT_REPRESENTABLE('unpaired block mapping');
      for (let k = 0; k < children.length; k += 2) {
        const key = children[k]!;
        if (key.empty || !key.node) NOT_REPRESENTABLE('empty key');
        endsWithContent(key.node);
        const value = children[k + 1]!.node;
        this.checkContinuation(value, start);
        map.items.push(new Pair(key.node, value));
      }
    } else {
      for (let k = 0; k < children.length; k++) {
        const key = children[k]!;
        if (key.empty || !key.node) NOT_REPRESENTABLE('empty flow key');
        const after = this.skipBlank(key.node.range![1]);
        if (text.charCodeAt(after) === 0x3a /* : */) {
          const value = children[++k];
          if (!value) return NOT_REPRESENTABLE('missing flow value');
          map.items.push(new Pair(key.node, value.node));
        } else {
          map.items.push(new Pair(key.node, null));
        }
      }
    }
    if (!result || typeof result !== 'object' || Object.keys(result).length !== map.items.length) NOT_REPRESENTABLE('mapping pairs differ');
    if (flow) {
      for (const pair of map.items) {
        endsWithContent(pair.key);
        endsWithContent(pair.value);
      }
    }
    this.setCollectionRange(map, start, flow, inFlow);
    return { node: map, kind: 'mapping', result, empty: false };
  }

  private buildSeq(frame: Frame, result: unknown, inFlow: boolean): Built {
    const text = this.text;
    const { start, anchor } = this.contentStart(frame.open);
    const flow = text.charCodeAt(start) === 0x5b;
    const seq = new YAMLSeq();
    if (flow) seq.flow = true;
    if (anchor !== undefined) seq.anchor = anchor;
    for (const child of frame.children) {
      if (!child.node) NOT_REPRESENTABLE('empty item');
      if (flow) {
        if (child.empty) NOT_REPRESENTABLE('empty flow item');
        if (text.charCodeAt(this.skipBlank(child.node.range![1])) === 0x3a) NOT_REPRESENTABLE('pair in flow sequence');
      }
      if (flow) endsWithContent(child.node);
      else this.checkContinuation(child.node, start);
      seq.items.push(child.node);
    }
    if (!Array.isArray(result) || result.length !== seq.items.length) NOT_REPRESENTABLE('sequence items differ');
    this.setCollectionRange(seq, start, flow, inFlow);
    return { node: seq, kind: 'sequence', result, empty: false };
  }

  private setCollectionRange(node: YAMLMap | YAMLSeq, start: number, flow: boolean, inFlow: boolean): void {
    if (flow) {
      let end = start + 1;
      const last = node.items[node.items.length - 1];
      const lastNode = last instanceof Pair ? (last.value ?? last.key) : last;
      const from = lastNode && (lastNode as Scalar).range ? (lastNode as Scalar).range![1] : end;
      end = this.skipBlank(from);
      if (this.text.charCodeAt(end) === 0x2c) end = this.skipBlank(end + 1);
      const closer = flow && node instanceof YAMLMap ? 0x7d : 0x5d;
      if (this.text.charCodeAt(end) !== closer) NOT_REPRESENTABLE('flow collection end');
      end++;
      node.range = [start, end, this.lineEnd(end, inFlow)];
      return;
    }
    const last = node.items[node.items.length - 1];
    const lastNode = last instanceof Pair ? (last.value ?? last.key) : last;
    const range = (lastNode as Scalar | undefined)?.range;
    if (!range) return NOT_REPRESENTABLE('collection without end');
    // The `yaml` library also counts comment lines after the last item into some collections'
    // ends (not reproduced: no scanner reads a block collection's end or its source text).
    node.range = [start, range[2], range[2]];
  }

  /**
   * The `yaml` library rejects a multi-line flow collection or flow scalar in a block collection
   * whose later lines are not indented past the collection (js-yaml reads it): such a document
   * goes to the library, so that it is broken as before. Checked for every line, brackets too.
   */
  private checkContinuation(node: unknown, collectionStart: number): void {
    const range = (node as { range?: [number, number, number] } | null)?.range;
    if (!range) return;
    const type = (node as Scalar).type;
    if (type === 'BLOCK_LITERAL' || type === 'BLOCK_FOLDED') return;
    if ((node instanceof YAMLMap || node instanceof YAMLSeq) && !node.flow) return;
    const text = this.text;
    let lineBreak = text.indexOf('\n', range[0]);
    if (lineBreak < 0 || lineBreak >= range[1]) return;
    const indent = collectionStart - (text.lastIndexOf('\n', collectionStart - 1) + 1);
    while (lineBreak >= 0 && lineBreak < range[1]) {
      let at = lineBreak + 1;
      while (text.charCodeAt(at) === 0x20) at++;
      const c = text.charCodeAt(at);
      if (!isBreak(c) && at - lineBreak - 1 <= indent) NOT_REPRESENTABLE('continuation line not indented past its collection');
      lineBreak = text.indexOf('\n', lineBreak + 1);
    }
  }

  /** Skips spaces, line breaks and comments. */
  private skipBlank(at: number): number {
    const text = this.text;
    let index = at;
    for (;;) {
      const c = text.charCodeAt(index);
      if (isSpace(c) || isBreak(c)) index++;
      else if (c === 0x23) while (index < text.length && !isBreak(text.charCodeAt(index))) index++;
      else return index;
    }
  }
}

/** Keys and the nodes of flow collections: the range ends where the content does. */
function endsWithContent(node: unknown): void {
  const range = (node as { range?: [number, number, number] } | null)?.range;
  if (range) range[2] = range[1];
}

// The `yaml` library's core schema (YAML 1.2), in its order of resolution for plain scalars.
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

export function resolveCore(source: string): Scalar {
  if (NULL.test(source)) return new Scalar(null);
  if (BOOL.test(source)) return new Scalar(source[0] === 't' || source[0] === 'T');
  if (INT_OCT.test(source)) {
    const scalar = new Scalar(parseInt(source.slice(2), 8));
    scalar.format = 'OCT';
    return scalar;
  }
  if (INT.test(source)) return new Scalar(parseInt(source, 10));
  if (INT_HEX.test(source)) {
    const scalar = new Scalar(parseInt(source.slice(2), 16));
    scalar.format = 'HEX';
    return scalar;
  }
  if (FLOAT_NAN.test(source)) {
    return new Scalar(source.slice(-3).toLowerCase() === 'nan' ? NaN : source[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY);
  }
  if (FLOAT_EXP.test(source)) {
    const scalar = new Scalar(parseFloat(source));
    scalar.format = 'EXP';
    return scalar;
  }
  if (FLOAT.test(source)) {
    const scalar = new Scalar(parseFloat(source));
    const dot = source.indexOf('.');
    if (dot !== -1 && source[source.length - 1] === '0') scalar.minFractionDigits = source.length - dot - 1;
    return scalar;
  }
  return new Scalar(source);
}
