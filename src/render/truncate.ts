// Cutting long markdown to a platform limit without breaking a line or a character.

/** At most `limit` UTF-16 code units (how GitHub counts comment length), cut at a line boundary, `note` appended. */
export function truncateChars(text: string, limit: number, note: string): string {
  if (text.length <= limit) return text;
  return cutAtLine(text.slice(0, Math.max(0, limit - note.length))) + note;
}

/** At most `limit` UTF-8 bytes, cut at a line boundary, `note` appended. */
export function truncateBytes(text: string, limit: number, note: string): string {
  if (Buffer.byteLength(text) <= limit) return text;
  const room = Math.max(0, limit - Buffer.byteLength(note));
  // Decoding a cut buffer may end in half a character; drop it with the partial line.
  const head = Buffer.from(text).subarray(0, room).toString('utf8').replace(/\uFFFD$/, '');
  return cutAtLine(head) + note;
}

function cutAtLine(text: string): string {
  const end = text.lastIndexOf('\n');
  return end > 0 ? text.slice(0, end) : text;
}
