import fc from 'fast-check';
import { escapeMarkdown, inlineCode } from '../../src/render/escape.js';

describe('escapeMarkdown', () => {
  it('neutralises HTML, links, tables, mentions and line breaks', () => {
    const out = escapeMarkdown('<img src=x onerror=alert(1)> [click](https://evil) | @octo/team\n# heading');
    expect(out).not.toMatch(/<img/);
    expect(out).not.toMatch(/\]\(/);
    expect(out).not.toMatch(/(^|[^\\])\|/);
    expect(out).not.toMatch(/@[a-z]/i);
    expect(out).not.toContain('\n');
    expect(out).not.toContain('https://');
  });

  it('property: no raw markdown-active character survives and no line break', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const out = escapeMarkdown(s);
        expect(out).not.toMatch(/[\n\r<>]/);
        // Every active punctuation character is preceded by a backslash.
        for (let i = 0; i < out.length; i++) {
          if ('*_[]()|`#!~'.includes(out[i]!)) {
            let slashes = 0;
            for (let j = i - 1; j >= 0 && out[j] === '\\'; j--) slashes++;
            expect(slashes % 2).toBe(1);
          }
        }
        expect(out).not.toMatch(/@(?!\u200B)/);
      }),
      { numRuns: 500 },
    );
  });
});

describe('inlineCode', () => {
  it('property: the span is one line, has no bare pipe and its fence outlasts any backtick run', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const out = inlineCode(s);
        expect(out).not.toMatch(/[\n\r]/);
        expect(out).not.toMatch(/(^|[^\\])\|/);
        const fence = /^`+/.exec(out)![0];
        const inner = out.slice(fence.length, out.length - fence.length);
        expect(inner.includes(fence)).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});
