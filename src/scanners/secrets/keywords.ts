// One pass over a file finds which rule keywords occur in it (Aho-Corasick over ASCII, case-insensitive),
// so each rule's regular expression runs only on files that can contain its secret.

import { quarters, wasmWalk, type WasmWalk } from './keyword-walk.js';

const ASCII = 128;
/** Shorter texts are walked in JavaScript: copying them into WebAssembly's memory would cost more than it saves. */
const WASM_MIN_LENGTH = 256;

export class KeywordIndex {
  readonly keywords: readonly string[];
  /**
   * Char code to symbol: each (lower-cased) character that occurs in a keyword has its own symbol,
   * every other character is symbol 0. Rows of `width` symbols instead of 128 characters keep the
   * transition table a quarter of the size, so more of it stays in cache.
   */
  private readonly symbol: Uint8Array;
  private readonly shift: number;
  /** Transitions, indexed `(state << shift) | symbol[char]`. States are numbered so that those ending a keyword come last. */
  private readonly delta: Uint16Array | Int32Array;
  /** States numbered at or above this end at least one keyword. */
  private readonly firstOutput: number;
  /** Per output state (index `state - firstOutput`): the ids of the keywords it ends. */
  private readonly outputs: (readonly number[])[];
  /** Per output state: the ids of the collected keywords it ends, or undefined. */
  private readonly collectIds: (readonly number[] | undefined)[];
  private readonly collected: Uint8Array;
  private readonly pending: Uint8Array;
  private readonly maxLength: number;
  /** The WebAssembly walk over this automaton, made on first use; null where it cannot run. */
  private wasm: WasmWalk | null | undefined;

  /** `collect`: keywords whose every occurrence's start offset `scan` returns (for anchored rules). */
  constructor(keywords: readonly string[], collect: ReadonlySet<string> = new Set()) {
    this.keywords = keywords;
    this.maxLength = keywords.reduce((max, k) => Math.max(max, k.length), 1);
    const symbol = new Uint8Array(65536);
    let symbols = 1;
    for (const keyword of keywords) {
      for (let i = 0; i < keyword.length; i++) {
        let c = keyword.charCodeAt(i);
        if (c >= ASCII || c === 0) throw new Error(`keyword must be printable ASCII: ${keyword}`);
        if (c >= 65 && c <= 90) c += 32;
        if (symbol[c] === 0) symbol[c] = symbols++;
      }
    }
    // Upper-case letters fold onto their lower-case symbol.
    for (let c = 65; c <= 90; c++) symbol[c] = symbol[c + 32] as number;
    let shift = 1;
    while (1 << shift < symbols) shift++;
    const width = 1 << shift;
    this.symbol = symbol;
    this.shift = shift;
    const gotoMaps: Map<number, number>[] = [new Map()];
    const out: number[][] = [[]];
    keywords.forEach((keyword, id) => {
      if (keyword.length === 0) throw new Error('empty keyword');
      let state = 0;
      for (let i = 0; i < keyword.length; i++) {
        const c = symbol[keyword.charCodeAt(i)] as number;
        const next = (gotoMaps[state] as Map<number, number>).get(c);
        if (next !== undefined) state = next;
        else {
          gotoMaps.push(new Map());
          out.push([]);
          (gotoMaps[state] as Map<number, number>).set(c, gotoMaps.length - 1);
          state = gotoMaps.length - 1;
        }
      }
      (out[state] as number[]).push(id);
    });
    const states = gotoMaps.length;
    const delta = new Int32Array(states * width);
    const fail = new Int32Array(states);
    // Breadth-first: a state's failure link and row are complete before its children are visited.
    const queue: number[] = [];
    for (const [c, s] of gotoMaps[0] as Map<number, number>) {
      delta[c] = s;
      queue.push(s);
    }
    for (let head = 0; head < queue.length; head++) {
      const s = queue[head] as number;
      const f = fail[s] as number;
      (out[s] as number[]).push(...(out[f] as number[]));
      for (let c = 0; c < width; c++) {
        const child = (gotoMaps[s] as Map<number, number>).get(c);
        if (child !== undefined) {
          fail[child] = delta[f * width + c] as number;
          delta[s * width + c] = child;
          queue.push(child);
        } else {
          delta[s * width + c] = delta[f * width + c] as number;
        }
      }
    }
    // Renumber: the root stays 0, states without output next, output states last; each group in
    // breadth-first order, so the shallow states that ordinary text keeps visiting sit in a few
    // adjacent rows of the table (and in cache).
    const bfs = [0, ...queue];
    const order: number[] = bfs.filter((s) => (out[s] as number[]).length === 0);
    const firstOutput = order.length;
    order.push(...bfs.filter((s) => (out[s] as number[]).length > 0));
    const renumber = new Int32Array(states);
    order.forEach((s, i) => (renumber[s] = i));
    const table = states < 65536 ? new Uint16Array(states * width) : new Int32Array(states * width);
    for (let s = 0; s < states; s++) {
      const row = (renumber[s] as number) * width;
      for (let c = 0; c < width; c++) table[row + c] = renumber[delta[s * width + c] as number] as number;
    }
    this.delta = table;
    this.firstOutput = firstOutput;
    this.collected = Uint8Array.from(keywords, (k) => (collect.has(k) ? 1 : 0));
    this.outputs = order.slice(firstOutput).map((s) => [...new Set(out[s] as number[])]);
    this.collectIds = this.outputs.map((ids) => {
      const c = ids.filter((id) => this.collected[id] === 1);
      return c.length ? c : undefined;
    });
    this.pending = Uint8Array.from(this.collectIds, (ids) => 1 | (ids ? 2 : 0));
  }

  /**
   * Flags, indexed like `keywords`, of the keywords that occur in `text` (ASCII case-insensitive);
   * the start offsets of every occurrence of the collected keywords, ascending (`positions`), and the
   * same per collected keyword (`byKeyword`, indexed like `keywords`, ascending).
   */
  scan(text: string, fileBytes?: Uint8Array): KeywordScan {
    if (this.keywords.length === 0) return new KeywordScan(new Uint8Array(0), [], []);
    return this.report(this.walkWasm(text, fileBytes) ?? this.walkJs(text));
  }

  /**
   * The output hits of the walk over `text`, per quarter: (output state - firstOutput, offset of
   * the keyword's last character) pairs, in text order. By the WebAssembly loop when the text is
   * long enough to repay the copy into its memory; undefined otherwise.
   */
  private walkWasm(text: string, fileBytes: Uint8Array | undefined): number[][] | undefined {
    if (text.length < WASM_MIN_LENGTH || !(this.delta instanceof Uint16Array)) return undefined;
    if (this.wasm === undefined) {
      this.wasm = wasmWalk({ delta: this.delta, symbol: this.symbol, shift: this.shift, firstOutput: this.firstOutput, overlap: this.maxLength - 1 }) ?? null;
    }
    return this.wasm?.run(text, fileBytes);
  }

  /** The same walk in JavaScript. */
  private walkJs(text: string): number[][] {
    const delta = this.delta;
    const symbol = this.symbol;
    const shift = this.shift;
    const firstOutput = this.firstOutput;
    const n = text.length;
    // The automaton's next state depends on a table load for the previous one, so one walk is bound
    // by load latency. Four walks over the four quarters of the text, interleaved, overlap their loads.
    const part = quarters(n, this.maxLength - 1);
    const { q1, q2, q3 } = part;
    let { i1, i2, i3 } = part;
    // (output state - firstOutput, offset of the keyword's last character) of each quarter, in order.
    const h0: number[] = [];
    const h1: number[] = [];
    const h2: number[] = [];
    const h3: number[] = [];
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    let i0 = 0;
    for (const steps = Math.min(q1, q2 - i1, q3 - i2, n - i3); i0 < steps; i0++, i1++, i2++, i3++) {
      s0 = delta[(s0 << shift) | (symbol[text.charCodeAt(i0)] as number)] as number;
      s1 = delta[(s1 << shift) | (symbol[text.charCodeAt(i1)] as number)] as number;
      s2 = delta[(s2 << shift) | (symbol[text.charCodeAt(i2)] as number)] as number;
      s3 = delta[(s3 << shift) | (symbol[text.charCodeAt(i3)] as number)] as number;
      if (s0 >= firstOutput) h0.push(s0 - firstOutput, i0);
      if (s1 >= firstOutput && i1 >= q1) h1.push(s1 - firstOutput, i1);
      if (s2 >= firstOutput && i2 >= q2) h2.push(s2 - firstOutput, i2);
      if (s3 >= firstOutput && i3 >= q3) h3.push(s3 - firstOutput, i3);
    }
    for (; i0 < q1; i0++) {
      s0 = delta[(s0 << shift) | (symbol[text.charCodeAt(i0)] as number)] as number;
      if (s0 >= firstOutput) h0.push(s0 - firstOutput, i0);
    }
    for (; i1 < q2; i1++) {
      s1 = delta[(s1 << shift) | (symbol[text.charCodeAt(i1)] as number)] as number;
      if (s1 >= firstOutput && i1 >= q1) h1.push(s1 - firstOutput, i1);
    }
    for (; i2 < q3; i2++) {
      s2 = delta[(s2 << shift) | (symbol[text.charCodeAt(i2)] as number)] as number;
      if (s2 >= firstOutput && i2 >= q2) h2.push(s2 - firstOutput, i2);
    }
    for (; i3 < n; i3++) {
      s3 = delta[(s3 << shift) | (symbol[text.charCodeAt(i3)] as number)] as number;
      if (s3 >= firstOutput && i3 >= q3) h3.push(s3 - firstOutput, i3);
    }
    return [h0, h1, h2, h3];
  }

  /** Flags and positions from the walk's hits (see scan). */
  private report(quarterHits: readonly number[][]): KeywordScan {
    const found = new Uint8Array(this.keywords.length);
    const byKeyword: (number[] | undefined)[] = [];
    const outputs = this.outputs;
    const collectIds = this.collectIds;
    const keywords = this.keywords;
    // Per output state: bit 0 its keywords are still to be reported, bit 1 it ends a collected keyword.
    const pending = this.pending.slice();
    const foundIds: number[] = [];
    for (const hits of quarterHits) {
      for (let h = 0; h < hits.length; h += 2) {
        const o = hits[h] as number;
        const f = pending[o] as number;
        if (f === 0) continue;
        if ((f & 1) !== 0) {
          pending[o] = f & 2;
          for (const id of outputs[o] as readonly number[]) {
            if (found[id] === 0) foundIds.push(id);
            found[id] = 1;
          }
        }
        if ((f & 2) !== 0) {
          const at = hits[h + 1] as number;
          for (const id of collectIds[o] as readonly number[]) {
            const start = at - (keywords[id] as string).length + 1;
            const list = byKeyword[id];
            if (list === undefined) byKeyword[id] = [start];
            else list.push(start);
          }
        }
      }
    }
    return new KeywordScan(found, byKeyword, foundIds);
  }
}

export class KeywordScan {
  constructor(
    /** Flags, indexed like the keywords, of those that occur. */
    readonly found: Uint8Array,
    /** Start offsets of every occurrence of each collected keyword, ascending; undefined for none. */
    readonly byKeyword: (number[] | undefined)[],
    /** The ids of the keywords that occur, in no particular order. */
    readonly foundIds: readonly number[],
  ) {}

  /** Start offsets of every occurrence of the collected keywords, ascending. */
  get positions(): number[] {
    return mergePositions(this.byKeyword, undefined);
  }
}

/** The ascending, duplicate-free union of the position lists of `ids` (all collected keywords when undefined). */
export function mergePositions(byKeyword: readonly (number[] | undefined)[], ids: readonly number[] | undefined): number[] {
  let lists: number[][] = [];
  if (ids === undefined) {
    for (const list of byKeyword) if (list !== undefined) lists.push(list);
  } else {
    for (const id of ids) {
      const list = byKeyword[id];
      if (list !== undefined) lists.push(list);
    }
  }
  if (lists.length === 0) return [];
  // Each list ascends (a keyword's occurrences in text order): merged pairwise, in rounds, which is
  // linear per round where concatenating and sorting was not (files with thousands of `==`).
  while (lists.length > 1) {
    const next: number[][] = [];
    for (let i = 0; i + 1 < lists.length; i += 2) next.push(mergeTwo(lists[i] as number[], lists[i + 1] as number[]));
    if (lists.length % 2 === 1) next.push(lists[lists.length - 1] as number[]);
    lists = next;
  }
  return lists[0] as number[];
}

/** The ascending, duplicate-free union of two ascending lists (two keywords may start at one offset: `pass`, `password`). */
function mergeTwo(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x < y) {
      out.push(x);
      i++;
    } else if (y < x) {
      out.push(y);
      j++;
    } else {
      out.push(x);
      i++;
      j++;
    }
  }
  while (i < a.length) out.push(a[i++] as number);
  while (j < b.length) out.push(b[j++] as number);
  return out;
}
