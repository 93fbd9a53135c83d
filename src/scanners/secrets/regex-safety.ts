// A conservative static check that a user-supplied pattern runs in linear time on a backtracking
// engine when used for an unanchored global search. It accepts a safe subset and rejects the rest
// with a reason; it never needs to run the pattern. (The `recheck` ReDoS checker is a development
// dependency only, so the product cannot call it; the tests confirm this check agrees with it.)

interface CharSet {
  ascii: Uint8Array; // 128 flags
  nonAscii: boolean;
}

type Node =
  | { t: 'char'; set: CharSet }
  | { t: 'seq'; items: Node[] }
  | { t: 'alt'; alts: Node[] }
  | { t: 'group'; body: Node }
  | { t: 'repeat'; body: Node; min: number; max: number }
  | { t: 'assert'; kind: '^' | '$' | 'b' }
  | { t: 'look'; body: Node; behind: boolean }
  | { t: 'backref' };

class Unsafe extends Error {}

const MAX_PATTERN = 1000;
const MAX_COUNT = 1000;
/** Repeats longer than this are treated like unbounded ones. */
const LONG = 100;

function emptySet(): CharSet {
  return { ascii: new Uint8Array(128), nonAscii: false };
}

function setOf(test: (c: number) => boolean, nonAscii: boolean): CharSet {
  const s = emptySet();
  for (let c = 0; c < 128; c++) s.ascii[c] = test(c) ? 1 : 0;
  s.nonAscii = nonAscii;
  return s;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isWord = (c: number): boolean => isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const isSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);
const isLineBreak = (c: number): boolean => c === 10 || c === 13;

function union(a: CharSet, b: CharSet): CharSet {
  const s = emptySet();
  for (let c = 0; c < 128; c++) s.ascii[c] = (a.ascii[c] as number) | (b.ascii[c] as number);
  s.nonAscii = a.nonAscii || b.nonAscii;
  return s;
}

function complement(a: CharSet): CharSet {
  const s = emptySet();
  for (let c = 0; c < 128; c++) s.ascii[c] = a.ascii[c] ? 0 : 1;
  s.nonAscii = true;
  return s;
}

function overlaps(a: CharSet, b: CharSet): boolean {
  if (a.nonAscii && b.nonAscii) return true;
  for (let c = 0; c < 128; c++) if (a.ascii[c] && b.ascii[c]) return true;
  return false;
}

function foldCase(a: CharSet): CharSet {
  const s = union(a, emptySet());
  for (let c = 65; c <= 90; c++) {
    if (a.ascii[c] || a.ascii[c + 32]) {
      s.ascii[c] = 1;
      s.ascii[c + 32] = 1;
    }
  }
  return s;
}

function single(code: number): CharSet {
  if (code >= 128) return { ascii: new Uint8Array(128), nonAscii: true };
  return setOf((c) => c === code, false);
}

class Parser {
  private i = 0;
  constructor(
    private readonly src: string,
    private readonly ignoreCase: boolean,
  ) {}

  parse(): Node {
    const node = this.alternation();
    if (this.i < this.src.length) throw new Unsafe(`unexpected ')' at ${this.i}`);
    return node;
  }

  private peek(): string | undefined {
    return this.src[this.i];
  }

  private alternation(): Node {
    const alts: Node[] = [this.sequence()];
    while (this.peek() === '|') {
      this.i++;
      alts.push(this.sequence());
    }
    return alts.length === 1 ? (alts[0] as Node) : { t: 'alt', alts };
  }

  private sequence(): Node {
    const items: Node[] = [];
    while (this.i < this.src.length && this.peek() !== '|' && this.peek() !== ')') {
      let atom = this.atom();
      atom = this.quantified(atom);
      items.push(atom);
    }
    return { t: 'seq', items };
  }

  private quantified(atom: Node): Node {
    const c = this.peek();
    let min: number;
    let max: number;
    if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '?') [min, max] = [0, 1];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) return atom;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      if (min > MAX_COUNT || (max !== Infinity && max > MAX_COUNT)) throw new Unsafe(`repeat count above ${MAX_COUNT}`);
      this.i += (m[0] as string).length - 1;
    } else return atom;
    this.i++;
    if (this.peek() === '?') this.i++; // lazy: same analysis
    if (atom.t === 'assert' || atom.t === 'look') throw new Unsafe('quantified assertion');
    const node: Node = { t: 'repeat', body: atom, min, max };
    const next = this.peek();
    if (next === '*' || next === '+' || next === '?' || (next === '{' && /^\{\d/.test(this.src.slice(this.i)))) {
      throw new Unsafe('nested quantifier');
    }
    return node;
  }

  private charNode(set: CharSet): Node {
    return { t: 'char', set: this.ignoreCase ? foldCase(set) : set };
  }

  private atom(): Node {
    const c = this.src[this.i] as string;
    if (c === '(') {
      this.i++;
      let look: { behind: boolean } | undefined;
      if (this.src.startsWith('?:', this.i)) this.i += 2;
      else if (this.src.startsWith('?=', this.i) || this.src.startsWith('?!', this.i)) {
        look = { behind: false };
        this.i += 2;
      } else if (this.src.startsWith('?<=', this.i) || this.src.startsWith('?<!', this.i)) {
        look = { behind: true };
        this.i += 3;
      } else if (this.src.startsWith('?<', this.i)) {
        const end = this.src.indexOf('>', this.i);
        if (end === -1) throw new Unsafe('unterminated group name');
        this.i = end + 1;
      } else if (this.peek() === '?') throw new Unsafe('unsupported group syntax');
      const body = this.alternation();
      if (this.peek() !== ')') throw new Unsafe('unterminated group');
      this.i++;
      return look ? { t: 'look', body, behind: look.behind } : { t: 'group', body };
    }
    if (c === '[') return this.charNode(this.charClass());
    if (c === '.') {
      this.i++;
      return this.charNode(setOf((x) => !isLineBreak(x), true));
    }
    if (c === '^' || c === '$') {
      this.i++;
      return { t: 'assert', kind: c };
    }
    if (c === '\\') return this.escape(false) as Node;
    if (c === '*' || c === '+' || c === '?') throw new Unsafe('nothing to repeat');
    this.i++;
    return this.charNode(single(c.charCodeAt(0)));
  }

  /** An escape; in a class returns a CharSet, outside a Node. */
  private escape(inClass: boolean): Node | CharSet {
    this.i++; // backslash
    const c = this.src[this.i];
    if (c === undefined) throw new Unsafe('trailing backslash');
    this.i++;
    const wrap = (s: CharSet): Node | CharSet => (inClass ? s : this.charNode(s));
    switch (c) {
      case 'd':
        return wrap(setOf(isDigit, false));
      case 'D':
        return wrap(complement(setOf(isDigit, false)));
      case 'w':
        return wrap(setOf(isWord, false));
      case 'W':
        return wrap(complement(setOf(isWord, false)));
      case 's':
        return wrap(setOf(isSpace, true));
      case 'S':
        return wrap(setOf((x) => !isSpace(x), true));
      case 'n':
        return wrap(single(10));
      case 'r':
        return wrap(single(13));
      case 't':
        return wrap(single(9));
      case 'f':
        return wrap(single(12));
      case 'v':
        return wrap(single(11));
      case '0':
        return wrap(single(0));
      case 'x': {
        const m = /^[0-9a-fA-F]{2}/.exec(this.src.slice(this.i));
        if (!m) throw new Unsafe('bad \\x escape');
        this.i += 2;
        return wrap(single(parseInt(m[0], 16)));
      }
      case 'u': {
        const m = /^[0-9a-fA-F]{4}/.exec(this.src.slice(this.i));
        if (!m) throw new Unsafe('unsupported \\u escape');
        this.i += 4;
        return wrap(single(parseInt(m[0], 16)));
      }
      case 'b':
        if (inClass) return single(8);
        return { t: 'assert', kind: 'b' };
      case 'B':
        if (inClass) throw new Unsafe('bad escape in class');
        return { t: 'assert', kind: 'b' };
      case 'k':
        throw new Unsafe('backreferences are not allowed');
      case 'p':
      case 'P':
        throw new Unsafe('Unicode property escapes are not supported');
      case 'c':
        throw new Unsafe('control escapes are not supported');
      default:
        if (/[1-9]/.test(c)) {
          if (inClass) throw new Unsafe('bad escape in class');
          throw new Unsafe('backreferences are not allowed');
        }
        return wrap(single(c.charCodeAt(0)));
    }
  }

  private charClass(): CharSet {
    this.i++; // [
    let negate = false;
    if (this.peek() === '^') {
      negate = true;
      this.i++;
    }
    let set = emptySet();
    let first = true;
    while (this.i < this.src.length && (this.peek() !== ']' || first)) {
      first = false;
      let lo: number | undefined;
      if (this.peek() === '\\') {
        const s = this.escape(true) as CharSet;
        const codes = [...s.ascii].map((v, k) => (v ? k : -1)).filter((k) => k >= 0);
        if (codes.length === 1 && !s.nonAscii) lo = codes[0];
        else {
          set = union(set, s);
          continue;
        }
      } else {
        lo = this.src.charCodeAt(this.i);
        this.i++;
      }
      if (this.peek() === '-' && this.src[this.i + 1] !== ']' && this.i + 1 < this.src.length) {
        this.i++;
        let hi: number;
        if (this.peek() === '\\') {
          const s = this.escape(true) as CharSet;
          const codes = [...s.ascii].map((v, k) => (v ? k : -1)).filter((k) => k >= 0);
          if (codes.length !== 1) throw new Unsafe('bad class range');
          hi = codes[0] as number;
        } else {
          hi = this.src.charCodeAt(this.i);
          this.i++;
        }
        if ((hi as number) < (lo as number)) throw new Unsafe('bad class range');
        for (let k = lo as number; k <= Math.min(hi, 127); k++) set.ascii[k] = 1;
        if (hi >= 128) set.nonAscii = true;
      } else {
        set = union(set, single(lo as number));
      }
    }
    if (this.peek() !== ']') throw new Unsafe('unterminated character class');
    this.i++;
    return negate ? complement(set) : set;
  }
}

function nullable(n: Node): boolean {
  switch (n.t) {
    case 'char':
      return false;
    case 'seq':
      return n.items.every(nullable);
    case 'alt':
      return n.alts.some(nullable);
    case 'group':
      return nullable(n.body);
    case 'repeat':
      return n.min === 0 || nullable(n.body);
    default:
      return true;
  }
}

/** Characters a node can consume anywhere. */
function consumed(n: Node): CharSet {
  switch (n.t) {
    case 'char':
      return n.set;
    case 'seq':
      return n.items.reduce((s, x) => union(s, consumed(x)), emptySet());
    case 'alt':
      return n.alts.reduce((s, x) => union(s, consumed(x)), emptySet());
    case 'group':
    case 'repeat':
      return consumed(n.body);
    default:
      return emptySet();
  }
}

/** Characters a node can start with. */
function first(n: Node): CharSet {
  switch (n.t) {
    case 'char':
      return n.set;
    case 'seq': {
      let s = emptySet();
      for (const item of n.items) {
        s = union(s, first(item));
        if (!nullable(item)) break;
      }
      return s;
    }
    case 'alt':
      return n.alts.reduce((s, x) => union(s, first(x)), emptySet());
    case 'group':
    case 'repeat':
      return first(n.body);
    default:
      return emptySet();
  }
}

/** Character sets every match of `n` must contain (conservative: alternations contribute none). */
function mandatory(n: Node): CharSet[] {
  switch (n.t) {
    case 'char':
      return [n.set];
    case 'seq':
      return n.items.flatMap(mandatory);
    case 'group':
      return mandatory(n.body);
    case 'repeat':
      return n.min >= 1 ? mandatory(n.body) : [];
    default:
      return [];
  }
}

function containsVariableRepeat(n: Node): boolean {
  switch (n.t) {
    case 'repeat':
      return n.min !== n.max || containsVariableRepeat(n.body);
    case 'seq':
      return n.items.some(containsVariableRepeat);
    case 'alt':
      return n.alts.some(containsVariableRepeat);
    case 'group':
    case 'look':
      return containsVariableRepeat(n.body);
    default:
      return false;
  }
}

function ambiguousAlternation(n: Node): boolean {
  switch (n.t) {
    case 'alt': {
      for (let a = 0; a < n.alts.length; a++) {
        for (let b = a + 1; b < n.alts.length; b++) {
          if (overlaps(first(n.alts[a] as Node), first(n.alts[b] as Node))) return true;
        }
      }
      return n.alts.some(ambiguousAlternation);
    }
    case 'seq':
      return n.items.some(ambiguousAlternation);
    case 'group':
    case 'repeat':
    case 'look':
      return ambiguousAlternation(n.body);
    default:
      return false;
  }
}

const isLong = (r: { max: number }): boolean => r.max === Infinity || r.max > LONG;

/** Items of a sequence with plain (unrepeated, single-alternative) groups expanded in place. */
function flatten(n: Node): Node[] {
  if (n.t === 'seq') return n.items.flatMap(flatten);
  if (n.t === 'group' && n.body.t !== 'alt') return flatten(n.body);
  return [n];
}

interface Walk {
  multiline: boolean;
}

function walk(node: Node, guards: CharSet[], anchored: boolean, restNullable: boolean, w: Walk): void {
  const items = flatten(node);
  let g = guards;
  let anch = anchored;
  for (let k = 0; k < items.length; k++) {
    const item = items[k] as Node;
    const rest = restNullable && items.slice(k + 1).every(nullable);
    if (item.t === 'assert' && item.kind === '^') {
      if (w.multiline) g = [...g, single(10)];
      else if (g.length === 0) anch = true;
    }
    visit(item, g, anch, rest, w);
    // Two long repeats that can consume the same characters with only optional items between them.
    if (item.t === 'repeat' && isLong(item)) {
      const set = consumed(item.body);
      for (let j = k + 1; j < items.length; j++) {
        const other = items[j] as Node;
        if (other.t === 'repeat' && other.max > 1 && overlaps(set, consumed(other.body))) {
          throw new Unsafe('two adjacent quantifiers can match the same text');
        }
        if (!nullable(other)) break;
      }
    }
    g = [...g, ...mandatory(item)];
  }
}

function visit(n: Node, guards: CharSet[], anchored: boolean, restNullable: boolean, w: Walk): void {
  switch (n.t) {
    case 'backref':
      throw new Unsafe('backreferences are not allowed');
    case 'look':
      if (containsVariableRepeat(n.body) && (n.behind || consumedLong(n.body))) throw new Unsafe('quantifier inside a look-around');
      return;
    case 'alt':
      for (const alt of n.alts) walk(alt, guards, anchored, restNullable, w);
      return;
    case 'group':
      walk(n.body, guards, anchored, restNullable, w);
      return;
    case 'seq':
      walk(n, guards, anchored, restNullable, w);
      return;
    case 'repeat': {
      if (n.max > 1) {
        if (nullable(n.body)) throw new Unsafe('a repeated group can match the empty string');
        if (containsVariableRepeat(n.body)) throw new Unsafe('nested quantifier');
        if (ambiguousAlternation(n.body)) throw new Unsafe('alternatives inside a repeat can match the same text');
      }
      if (isLong(n) && !anchored && !restNullable) {
        const set = consumed(n.body);
        if (!guards.some((g) => !overlaps(g, set))) {
          throw new Unsafe('a long quantifier near the start of the pattern can restart at every position; anchor it with a literal prefix');
        }
      }
      walk(n.body, guards, anchored, restNullable, w);
      return;
    }
    default:
      return;
  }
}

function consumedLong(n: Node): boolean {
  switch (n.t) {
    case 'repeat':
      return isLong(n) || consumedLong(n.body);
    case 'seq':
      return n.items.some(consumedLong);
    case 'alt':
      return n.alts.some(consumedLong);
    case 'group':
    case 'look':
      return consumedLong(n.body);
    default:
      return false;
  }
}

export interface RegexSafety {
  safe: boolean;
  reason?: string;
}

/** Whether `source` (with `flags`) is in the linear-time subset this scanner accepts for custom rules. */
export function checkRegexSafety(source: string, flags = ''): RegexSafety {
  if (source.length > MAX_PATTERN) return { safe: false, reason: `pattern longer than ${MAX_PATTERN} characters` };
  if (/[^gimsd]/.test(flags.replace(/[uy]/g, ''))) return { safe: false, reason: `unsupported flags '${flags}'` };
  try {
    const ast = new Parser(source, flags.includes('i')).parse();
    walk(ast, [], false, true, { multiline: flags.includes('m') });
    return { safe: true };
  } catch (e) {
    if (e instanceof Unsafe) return { safe: false, reason: e.message };
    throw e;
  }
}
