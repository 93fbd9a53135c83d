import { allIn, asciiClass, asciiTable, skipBlanks } from '../../../src/scanners/secrets/char-class.js';

describe('ASCII character classes', () => {
  it('take exactly the ASCII characters the regex class takes, and no other code', () => {
    const user = asciiClass('\\s:@/"\'<>`');
    for (let c = 0; c < 128; c++) expect(user(c)).toBe(/[\s:@/"'<>`]/.test(String.fromCharCode(c)));
    // \s takes U+00A0 in a regex; the ASCII table does not, so a precheck never stops there.
    expect(user(0xa0)).toBe(false);
    expect(user(1)).toBe(false);
    expect([...asciiTable('A-C')].reduce((n, f) => n + f, 0)).toBe(3);
  });

  it('test a run and skip blanks within bounds', () => {
    const token = asciiClass('A-Za-z0-9_-');
    expect(allIn('ab-9_x', 0, 6, token)).toBe(true);
    expect(allIn('ab.9', 0, 4, token)).toBe(false);
    expect(allIn('ab.9', 3, 4, token)).toBe(true);
    expect(skipBlanks(' \t x', 0, 4)).toBe(3);
    expect(skipBlanks('   ', 0, 2)).toBe(2);
    expect(skipBlanks('\nx', 0, 2)).toBe(0);
  });
});
