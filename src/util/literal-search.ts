// Literal searches over whole file texts, for the tests that most files fail (does this YAML have a
// top-level `kind: Kustomization`, a `---` marker, an `OTEL_` setting?). Each returns exactly what
// the regular expression or `indexOf` it replaces returns, only sooner:
//
// - V8 looks for a pattern of up to six characters with memchr on its first character, about
//   0.1 ns a character of typical manifests when that character is rare, but for seven or more it
//   switches to Boyer-Moore-Horspool, four to eight times slower on the same text. So a literal is
//   found through a probe of at most six of its characters (chosen to start with a rare one), and
//   the rest is compared where the probe occurs.
// - A multiline `^literal` makes the regex engine try the literal at every line start; searching
//   the literal and checking the character before it tries only where the literal occurs.

/** Characters after which a multiline `^` matches (ECMAScript LineTerminator). */
export function isLineTerminator(code: number): boolean {
  return code === 10 || code === 13 || code === 0x2028 || code === 0x2029;
}

/** Returns the offset of the first occurrence of a literal at or after `from`, or -1 (`text.indexOf(literal, from)`). */
export type LiteralFinder = (text: string, from?: number) => number;

const MAX_PROBE = 6;

/**
 * `text.indexOf(literal, from)` through a probe: the (at most) six characters of `literal` from
 * `probeAt`, picked so the probe starts with a character that is rare in the texts searched.
 */
export function literalFinder(literal: string, probeAt = 0): LiteralFinder {
  if (literal.length === 0) throw new Error('empty literal');
  if (!Number.isInteger(probeAt) || probeAt < 0 || probeAt >= literal.length) throw new Error(`probe offset ${probeAt} outside "${literal}"`);
  const probe = literal.slice(probeAt, probeAt + MAX_PROBE);
  if (probe === literal) return (text, from = 0) => text.indexOf(literal, from);
  return (text, from = 0) => {
    const start = Math.max(0, from);
    for (let j = text.indexOf(probe, start + probeAt); j >= 0; j = text.indexOf(probe, j + 1)) {
      // Probe hits ascend, so the first whole match is the first occurrence.
      if (text.startsWith(literal, j - probeAt)) return j - probeAt;
    }
    return -1;
  };
}

/**
 * The first occurrence of `literal` at or after `from` that starts a line (offset 0 or just after
 * `\n`, `\r`, U+2028 or U+2029, as `^` in a multiline regex), or -1.
 */
export function lineStartFinder(literal: string, probeAt = 0): LiteralFinder {
  const find = literalFinder(literal, probeAt);
  return (text, from = 0) => {
    for (let i = find(text, from); i >= 0; i = find(text, i + 1)) {
      if (i === 0 || isLineTerminator(text.charCodeAt(i - 1))) return i;
    }
    return -1;
  };
}

/**
 * `/^<literal><rest>/m.test(text)`: the literal at a line start, then `rest` (a sticky regex with
 * the original's other flags, `m` included when it has `^` or `$`) matching right after it.
 */
export function lineStartTest(literal: string, rest?: RegExp, probeAt = 0): (text: string) => boolean {
  if (rest !== undefined && (!rest.sticky || rest.global)) throw new Error('rest must be sticky and not global');
  const find = lineStartFinder(literal, probeAt);
  return (text) => {
    for (let i = find(text); i >= 0; i = find(text, i + 1)) {
      if (rest === undefined) return true;
      rest.lastIndex = i + literal.length;
      if (rest.test(text)) return true;
    }
    return false;
  };
}
