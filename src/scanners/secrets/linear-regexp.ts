// Custom rules from a policy run on RE2 (re2js, pure JavaScript): matching takes time linear in
// the input whatever the pattern, so a policy cannot make the scan hang with a catastrophic
// pattern. The built-in rules stay on V8's RegExp: they are reviewed, and a test proves each one
// linear with recheck.
import { RE2JS } from 're2js';

/** The pattern is not RE2 syntax (look-aheads, backreferences, repeat counts above 1000...). */
export class UnsupportedPatternError extends Error {}

const FLAG_BITS: Record<string, number> = { i: RE2JS.CASE_INSENSITIVE, m: RE2JS.MULTILINE, s: RE2JS.DOTALL };

/** Compile a JavaScript pattern source with RE2; throws UnsupportedPatternError with RE2's reason. */
export function compileLinear(source: string, flags: string): RE2JS {
  // re2js runs look-behinds without captures in linear time too; look-aheads it does not have.
  let bits = RE2JS.LOOKBEHINDS;
  for (const f of flags) bits |= FLAG_BITS[f] ?? 0;
  try {
    return RE2JS.compile(RE2JS.translateRegExp(source), bits);
  } catch (e) {
    const reason = (e as Error).message.replace(/^error parsing regexp: /, '');
    throw new UnsupportedPatternError(reason);
  }
}

/**
 * A RegExp whose `exec` (and so `test`, `match`...) runs on RE2. It honours `lastIndex` with the
 * `g` and `y` flags and fills `indices` with `d`, so the scanner drives it like any rule pattern;
 * `new LinearRegExp(re, flags)` (what the scanner does to add its flags) keeps the engine.
 */
export class LinearRegExp extends RegExp {
  readonly #re2: RE2JS;

  constructor(pattern: string | RegExp, flags?: string) {
    super(pattern, flags);
    this.#re2 = compileLinear(this.source, this.flags);
  }

  override exec(text: string): RegExpExecArray | null {
    const input = String(text);
    const from = this.global || this.sticky ? this.lastIndex : 0;
    const m = this.#re2.matcher(input);
    // Leftmost-first: when a match starts at `from`, the search from `from` returns it.
    if (from > input.length || !m.find(from) || (this.sticky && m.start() !== from)) {
      if (this.global || this.sticky) this.lastIndex = 0;
      return null;
    }
    const count = m.groupCount();
    const values: (string | undefined)[] = [];
    const spans: ([number, number] | undefined)[] = [];
    for (let g = 0; g <= count; g++) {
      const value = m.group(g);
      values.push(value ?? undefined);
      spans.push(value === null ? undefined : [m.start(g), m.end(g)]);
    }
    const result = values as unknown as RegExpExecArray;
    result.index = m.start();
    result.input = input;
    const names = Object.entries(this.#re2.namedGroups() as Record<string, number>);
    // As in JavaScript, a named group that did not take part is present with the value undefined.
    result.groups = names.length ? (Object.fromEntries(names.map(([name, g]) => [name, values[g]])) as Record<string, string>) : undefined;
    if (this.hasIndices) {
      const indices = spans as unknown as RegExpIndicesArray;
      indices.groups = names.length ? (Object.fromEntries(names.map(([name, g]) => [name, spans[g]])) as Record<string, [number, number]>) : undefined;
      result.indices = indices;
    }
    if (this.global || this.sticky) this.lastIndex = m.end();
    return result;
  }
}
