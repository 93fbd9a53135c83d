// Cutting to a platform limit: never over it, at a line boundary, never half a character.
import { truncateBytes, truncateChars } from '../../src/render/truncate.js';

const NOTE = '\n[cut]\n';

describe('truncateChars', () => {
  it('leaves text at or under the limit alone', () => {
    expect(truncateChars('abc\ndef', 7, NOTE)).toBe('abc\ndef');
    expect(truncateChars('', 0, NOTE)).toBe('');
  });

  it('cuts at the last line boundary that fits with the note, the note appended', () => {
    const text = 'line one\nline two\nline three\n';
    // 20 - 7 = 13 characters of room: "line one\nline" -> "line one"
    expect(truncateChars(text, 20, NOTE)).toBe(`line one${NOTE}`);
    // 26 - 7 = 19: "line one\nline two\n" -> up to the second line break
    expect(truncateChars(text, 26, NOTE)).toBe(`line one\nline two${NOTE}`);
    expect(truncateChars(text, text.length - 1, NOTE).length).toBeLessThanOrEqual(text.length - 1);
  });

  it('a text without a line break in the room is cut hard; a break at the very start is kept', () => {
    expect(truncateChars('abcdefghij', 9, NOTE)).toBe(`ab${NOTE}`);
    expect(truncateChars('\nabcdefghij', 10, NOTE)).toBe(`\nab${NOTE}`);
  });

  it('a note longer than the limit leaves only the note', () => {
    expect(truncateChars('abcdefghij\nklm', 3, NOTE)).toBe(NOTE);
  });

  it('counts UTF-16 code units, as GitHub does', () => {
    const text = `${'😀'.repeat(10)}\n${'😀'.repeat(10)}`;
    expect(truncateChars(text, 41, NOTE)).toBe(text);
    expect(truncateChars(text, 40, NOTE)).toBe(`${'😀'.repeat(10)}${NOTE}`);
  });
});

describe('truncateBytes', () => {
  it('leaves text at or under the byte limit alone', () => {
    expect(truncateBytes('éé', 4, NOTE)).toBe('éé');
  });

  it('counts UTF-8 bytes and cuts at a line boundary', () => {
    const text = 'éééé\néééé\n';
    // 18 bytes; limit 17 leaves 10 bytes of room: "éééé\né" -> "éééé"
    expect(truncateBytes(text, 17, NOTE)).toBe(`éééé${NOTE}`);
    expect(Buffer.byteLength(truncateBytes(text, 17, NOTE))).toBeLessThanOrEqual(17);
  });

  it('drops a character cut in half when no line break is in the room', () => {
    // 6 bytes of room holds "ééé"; 5 bytes is "éé" and half an "é".
    expect(truncateBytes('é'.repeat(8), 13, NOTE)).toBe(`ééé${NOTE}`);
    const cut = truncateBytes('é'.repeat(8), 12, NOTE);
    expect(cut).toBe(`éé${NOTE}`);
    expect(cut).not.toContain('\uFFFD');
    expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(12);
  });

  it('keeps a replacement character the text itself holds; only the cut-off half goes', () => {
    // U+FFFD is 3 bytes; 8 bytes of room is it, "éé" and half an "é".
    expect(truncateBytes(`\uFFFD${'é'.repeat(8)}`, 15, NOTE)).toBe(`\uFFFDéé${NOTE}`);
  });

  it('a break at the very start is kept; a note longer than the limit leaves only the note', () => {
    expect(truncateBytes('\nabcdefghij', 10, NOTE)).toBe(`\nab${NOTE}`);
    expect(truncateBytes('abcdefghij\nklm', 3, NOTE)).toBe(NOTE);
  });
});
