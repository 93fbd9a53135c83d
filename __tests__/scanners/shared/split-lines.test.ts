import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { splitLines } from '../../../src/scanners/shared/split-lines.js';

describe('splitLines', () => {
  it('splits exactly like /\\r\\n|\\r|\\n/, with or without carriage returns', () => {
    const text = fc.array(fc.constantFrom('a', ' ', '\n', '\r', '\r\n', 'image: x'), { maxLength: 60 }).map((parts) => parts.join(''));
    fc.assert(fc.property(text, (t) => expect(splitLines(t)).toEqual(t.split(/\r\n|\r|\n/))));
  });

  it('keeps a trailing empty line and empty lines between', () => {
    expect(splitLines('a\n\nb\n')).toEqual(['a', '', 'b', '']);
    expect(splitLines('a\r\nb\rc')).toEqual(['a', 'b', 'c']);
  });
});
