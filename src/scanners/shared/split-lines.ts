// A file's lines, split at CRLF, CR or LF. Most files have no CR, and splitting at a plain
// string is several times faster than at the regular expression; the result is the same.

export function splitLines(text: string): string[] {
  return text.includes('\r') ? text.split(/\r\n|\r|\n/) : text.split('\n');
}
