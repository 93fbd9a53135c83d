// ASCII character classes as lookup tables, for the code that reads characters around a match
// (boundaries, prechecks, start finders) without running a regular expression per character.

/** 128 flags: the ASCII characters that `[<body>]` matches (`body` as in a regex class, `A-Za-z0-9_-`). */
export function asciiTable(body: string): Uint8Array {
  const re = new RegExp(`[${body}]`);
  const table = new Uint8Array(128);
  for (let c = 0; c < 128; c++) table[c] = re.test(String.fromCharCode(c)) ? 1 : 0;
  return table;
}

/** Whether a character code is an ASCII character of `[<body>]`; every other code is not. */
export function asciiClass(body: string): (code: number) => boolean {
  const table = asciiTable(body);
  return (code) => code < 128 && table[code] === 1;
}

/** Whether every character of `text` in [from, to) is in `isIn`. */
export function allIn(text: string, from: number, to: number, isIn: (code: number) => boolean): boolean {
  for (let k = from; k < to; k++) if (!isIn(text.charCodeAt(k))) return false;
  return true;
}

/** A blank inside a line: space or tab. */
export const isBlank = (code: number): boolean => code === 32 || code === 9;

/** The first offset from `i` (before `end`) that is not a blank. */
export function skipBlanks(text: string, i: number, end: number): number {
  while (i < end && isBlank(text.charCodeAt(i))) i++;
  return i;
}
