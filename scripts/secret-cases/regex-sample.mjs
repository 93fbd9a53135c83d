// Generates a string matching a regular expression (Go/RE2 syntax subset), the way gitleaks'
// `secrets.NewSecret` does with lucasjones/reggen at limit 1: unbounded repeats add at most one
// more, bounded ones pick a count in range. A seeded generator makes every run the same.

const PRINTABLE = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i));
const DIGITS = [...'0123456789'];
const WORD = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_'];
const SPACE = [' ', '\t'];

export function seededRandom(seedText) {
  let h = 2166136261;
  for (const ch of seedText) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  return () => {
    h = (h + 0x6d2b79f5) >>> 0;
    let t = h;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Parses the pattern into nodes: {alt:[seq...]}, {seq:[node...]}, {set:[chars]}, {lit}, {rep,min,max}.
function parse(src) {
  let i = 0;
  const escapeSet = (c) => {
    switch (c) {
      case 'd': return DIGITS;
      case 'D': return PRINTABLE.filter((x) => !DIGITS.includes(x));
      case 'w': return WORD;
      case 'W': return PRINTABLE.filter((x) => !WORD.includes(x));
      case 's': return SPACE;
      case 'S': return PRINTABLE.filter((x) => x !== ' ');
      case 'n': return ['\n'];
      case 'r': return ['\r'];
      case 't': return ['\t'];
      default: return null;
    }
  };
  const readEscape = () => {
    const c = src[i++];
    if (c === 'x') {
      if (src[i] === '{') {
        const end = src.indexOf('}', i);
        const code = parseInt(src.slice(i + 1, end), 16);
        i = end + 1;
        return [String.fromCodePoint(code)];
      }
      const code = parseInt(src.slice(i, i + 2), 16);
      i += 2;
      return [String.fromCharCode(code)];
    }
    if (c === 'p' || c === 'P') {
      // \pL, \p{L}: letters are close enough for a sample
      if (src[i] === '{') i = src.indexOf('}', i) + 1;
      else i++;
      return [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'];
    }
    return escapeSet(c) ?? [c];
  };
  const parseClass = () => {
    // after '['
    let negate = false;
    if (src[i] === '^') { negate = true; i++; }
    const chars = new Set();
    let first = true;
    while (i < src.length && (src[i] !== ']' || first)) {
      first = false;
      let items;
      if (src.startsWith('[:', i)) {
        const end = src.indexOf(':]', i);
        const name = src.slice(i + 2, end);
        i = end + 2;
        items = { alnum: [...WORD].filter((x) => x !== '_'), alpha: WORD.filter((x) => /[a-z]/i.test(x)), digit: DIGITS, xdigit: [...'0123456789abcdef'], space: SPACE, upper: WORD.filter((x) => /[A-Z]/.test(x)), lower: WORD.filter((x) => /[a-z]/.test(x)), punct: [...'!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'], print: PRINTABLE, word: WORD }[name] ?? [];
        items.forEach((x) => chars.add(x));
        continue;
      }
      if (src[i] === '\\') { i++; items = readEscape(); } else items = [src[i++]];
      if (items.length === 1 && src[i] === '-' && src[i + 1] !== ']' && i + 1 < src.length) {
        i++;
        let hi;
        if (src[i] === '\\') { i++; hi = readEscape()[0]; } else hi = src[i++];
        for (let c = items[0].codePointAt(0); c <= hi.codePointAt(0); c++) chars.add(String.fromCodePoint(c));
      } else items.forEach((x) => chars.add(x));
    }
    i++; // ']'
    const set = negate ? PRINTABLE.filter((x) => !chars.has(x)) : [...chars];
    return { set };
  };
  const parseAlt = () => {
    const alts = [parseSeq()];
    while (src[i] === '|') { i++; alts.push(parseSeq()); }
    return alts.length === 1 ? alts[0] : { alt: alts };
  };
  const parseSeq = () => {
    const seq = [];
    while (i < src.length && src[i] !== '|' && src[i] !== ')') {
      let atom;
      const c = src[i++];
      if (c === '(') {
        if (src[i] === '?') {
          // (?:  (?i)  (?i:  (?P<name>  (?<name>
          i++;
          if (src[i] === 'P' || src[i] === '<') {
            i = src.indexOf('>', i) + 1;
          } else {
            while (/[a-zA-Z-]/.test(src[i])) i++;
            if (src[i] === ')') { i++; continue; } // flag setting only
            i++; // ':'
          }
        }
        atom = parseAlt();
        i++; // ')'
      } else if (c === '[') atom = parseClass();
      else if (c === '.') atom = { set: PRINTABLE };
      else if (c === '^' || c === '$') continue;
      else if (c === '\\') {
        if ('bBAzZ'.includes(src[i])) { i++; continue; }
        atom = { set: readEscape() };
      } else atom = { lit: c };
      // quantifier
      let min = 1;
      let max = 1;
      const q = src[i];
      if (q === '*') { min = 0; max = -1; i++; }
      else if (q === '+') { min = 1; max = -1; i++; }
      else if (q === '?') { min = 0; max = 1; i++; }
      else if (q === '{' && /^\{\d+(,\d*)?\}/.test(src.slice(i))) {
        const m = /^\{(\d+)(,(\d*))?\}/.exec(src.slice(i));
        min = Number(m[1]);
        max = m[2] ? (m[3] === '' ? -1 : Number(m[3])) : min;
        i += m[0].length;
      }
      if (min !== 1 || max !== 1) {
        if (src[i] === '?') i++; // lazy
        atom = { rep: atom, min, max };
      }
      seq.push(atom);
    }
    return { seq };
  };
  const tree = parseAlt();
  if (i < src.length) throw new Error(`regex not fully parsed at ${i}: ${src}`);
  return tree;
}

export function sampleRegex(pattern, random) {
  const tree = parse(pattern);
  const pick = (n) => Math.floor(random() * n);
  const gen = (node) => {
    if (node.seq) return node.seq.map(gen).join('');
    if (node.alt) return gen(node.alt[pick(node.alt.length)]);
    if (node.set) return node.set.length ? node.set[pick(node.set.length)] : '';
    if (node.lit !== undefined) return node.lit;
    const max = node.max === -1 ? node.min + 1 : node.max;
    const count = node.min + pick(max - node.min + 1);
    let out = '';
    for (let k = 0; k < count; k++) out += gen(node.rep);
    return out;
  };
  return gen(tree);
}
