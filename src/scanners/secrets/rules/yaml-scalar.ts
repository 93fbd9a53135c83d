// A single-line YAML scalar read in code (so rule patterns only need to find the key).

export interface Scalar {
  value: string;
  /** Offset of the value in the text. */
  start: number;
}

/**
 * The scalar starting at `pos` (after `key:`): a quoted string on the same line, or a plain value up
 * to the end of the line without a trailing comment. Block scalars, anchors, aliases, tags and flow
 * collections are not literals and give undefined.
 */
export function readYamlScalar(text: string, pos: number): Scalar | undefined {
  let i = pos;
  while (text[i] === ' ' || text[i] === '\t') i++;
  let end = text.indexOf('\n', i);
  if (end === -1) end = text.length;
  if (end > i && text[end - 1] === '\r') end--;
  if (i >= end) return undefined;
  const c = text[i] as string;
  if (c === '"' || c === "'") {
    const close = text.indexOf(c, i + 1);
    if (close === -1 || close > end) return undefined;
    return { value: text.slice(i + 1, close), start: i + 1 };
  }
  if ('|>&*!{[#'.includes(c)) return undefined;
  let line = text.slice(i, end);
  const comment = line.search(/[ \t]#/);
  if (comment !== -1) line = line.slice(0, comment);
  const value = line.trimEnd();
  return value ? { value, start: i } : undefined;
}
