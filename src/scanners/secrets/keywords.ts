// One pass over a file finds which rule keywords occur in it (Aho-Corasick over ASCII, case-insensitive),
// so each rule's regular expression runs only on files that can contain its secret.

const ALPHABET = 128;

/** Char code to automaton symbol: ASCII folded to lower case; everything else to 0 (no keyword has NUL). */
const FOLD = (() => {
  const t = new Uint8Array(65536);
  for (let c = 1; c < ALPHABET; c++) t[c] = c >= 65 && c <= 90 ? c + 32 : c;
  return t;
})();

export class KeywordIndex {
  readonly keywords: readonly string[];
  private readonly delta: Uint16Array | Int32Array;
  private readonly outputs: (readonly number[] | undefined)[];
  /** Per state: bit 0 the state reports keywords, bit 1 it ends a keyword whose positions are collected. */
  private readonly flags: Uint8Array;
  /** Per state: lengths of the collected keywords it ends (to turn an end offset into a start). */
  private readonly collectLengths: (readonly number[] | undefined)[];

  /** `collect`: keywords whose every occurrence's start offset `scan` returns (for anchored rules). */
  constructor(keywords: readonly string[], collect: ReadonlySet<string> = new Set()) {
    this.keywords = keywords;
    const gotoMaps: Map<number, number>[] = [new Map()];
    const out: number[][] = [[]];
    keywords.forEach((keyword, id) => {
      if (keyword.length === 0) throw new Error('empty keyword');
      let state = 0;
      for (let i = 0; i < keyword.length; i++) {
        let c = keyword.charCodeAt(i);
        if (c >= ALPHABET || c === 0) throw new Error(`keyword must be printable ASCII: ${keyword}`);
        if (c >= 65 && c <= 90) c += 32;
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
    const delta = new Int32Array(states * ALPHABET);
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
      for (let c = 0; c < ALPHABET; c++) {
        const child = (gotoMaps[s] as Map<number, number>).get(c);
        if (child !== undefined) {
          fail[child] = delta[f * ALPHABET + c] as number;
          delta[s * ALPHABET + c] = child;
          queue.push(child);
        } else {
          delta[s * ALPHABET + c] = delta[f * ALPHABET + c] as number;
        }
      }
    }
    this.delta = states < 65536 ? Uint16Array.from(delta) : delta;
    this.outputs = out.map((ids) => (ids.length ? [...new Set(ids)] : undefined));
    this.collectLengths = out.map((ids) => {
      const lengths = [...new Set(ids)].filter((id) => collect.has(keywords[id] as string)).map((id) => (keywords[id] as string).length);
      return lengths.length ? lengths : undefined;
    });
    this.flags = Uint8Array.from(out, (ids, state) => (ids.length ? 1 : 0) | (this.collectLengths[state] ? 2 : 0));
  }

  /**
   * Flags, indexed like `keywords`, of the keywords that occur in `text` (ASCII case-insensitive),
   * and the start offsets of every occurrence of the collected keywords, ascending.
   */
  scan(text: string): { found: Uint8Array; positions: number[] } {
    const found = new Uint8Array(this.keywords.length);
    const positions: number[] = [];
    if (this.keywords.length === 0) return { found, positions };
    const flags = this.flags.slice();
    const delta = this.delta;
    const outputs = this.outputs;
    let state = 0;
    for (let i = 0, n = text.length; i < n; i++) {
      state = delta[(state << 7) | (FOLD[text.charCodeAt(i)] as number)] as number;
      const f = flags[state] as number;
      if (f !== 0) {
        if ((f & 1) !== 0) {
          flags[state] = f & 2;
          for (const id of outputs[state] as readonly number[]) found[id] = 1;
        }
        if ((f & 2) !== 0) for (const len of this.collectLengths[state] as readonly number[]) positions.push(i - len + 1);
      }
    }
    // Keywords of different lengths can end out of order; sort and drop duplicates.
    positions.sort((a, b) => a - b);
    let k = 0;
    for (let j = 0; j < positions.length; j++) if (j === 0 || positions[j] !== positions[j - 1]) positions[k++] = positions[j] as number;
    positions.length = k;
    return { found, positions };
  }
}
