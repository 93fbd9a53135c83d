import { describe, expect, it } from '@jest/globals';
import { isLineTerminator, lineStartFinder, lineStartTest, literalFinder } from '../../src/util/literal-search.js';

/** A small seeded generator, so a failure reproduces. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Texts over a small alphabet dense in the literals' characters and in every line terminator. */
function texts(alphabet: string[], count: number, seed: number): string[] {
  const next = random(seed);
  const out: string[] = [];
  for (let t = 0; t < count; t++) {
    let s = '';
    const length = Math.floor(next() * 60);
    for (let i = 0; i < length; i++) s += alphabet[Math.floor(next() * alphabet.length)];
    out.push(s);
  }
  return out;
}

const TERMINATORS = ['\n', '\r', '\r\n', '\u2028', '\u2029'];

function regexOffsets(re: RegExp, text: string): number[] {
  const out: number[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m.index);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

function finderOffsets(find: (text: string, from?: number) => number, text: string): number[] {
  const out: number[] = [];
  for (let i = find(text); i >= 0; i = find(text, i + 1)) out.push(i);
  return out;
}

describe('isLineTerminator', () => {
  it('is true for exactly the characters after which a multiline ^ matches', () => {
    for (let c = 0; c < 0x3000; c++) {
      const ch = String.fromCharCode(c);
      expect(isLineTerminator(c)).toBe(new RegExp('^x', 'm').test(`${ch}x`) && c !== 'x'.charCodeAt(0));
    }
  });
});

describe('literalFinder', () => {
  it('finds what indexOf finds, from any offset, whatever the probe', () => {
    const literal = 'prometheus.io/scrape';
    for (const probeAt of [0, 3, 13, literal.length - 1]) {
      const find = literalFinder(literal, probeAt);
      const text = `x prometheus.io/scrap prometheus.io/scrape, prometheus.io/scrape\n${literal}`;
      for (let from = -2; from <= text.length + 1; from++) expect(find(text, from)).toBe(text.indexOf(literal, from));
      expect(find('')).toBe(-1);
      expect(find('/scrape /scrape')).toBe(-1);
    }
  });

  it('agrees with indexOf on random texts', () => {
    const literal = 'ServiceMonitor';
    const find = literalFinder(literal, 'Service'.length);
    for (const text of texts(['Service', 'Monitor', 'Mon', 'itor', 'S', ' ', '\n', 'ServiceMon'], 3000, 7)) {
      expect(finderOffsets(find, text)).toEqual(regexOffsets(/ServiceMonitor/g, text));
    }
  });

  it('uses indexOf directly for a literal no longer than a probe', () => {
    const find = literalFinder('OTEL_');
    expect(find('a OTEL_X OTEL_')).toBe(2);
    expect(find('a OTEL_X OTEL_', 3)).toBe(9);
    expect(find('otel_')).toBe(-1);
  });

  it('rejects an empty literal and a probe outside it', () => {
    expect(() => literalFinder('')).toThrow();
    expect(() => literalFinder('abc', 3)).toThrow();
    expect(() => literalFinder('abc', -1)).toThrow();
  });
});

describe('lineStartFinder', () => {
  const find = lineStartFinder('kind:');

  it('finds the literal at offset 0', () => {
    expect(find('kind: Secret')).toBe(0);
  });

  it('finds it after \\n, \\r\\n, a lone \\r, U+2028 and U+2029', () => {
    for (const t of TERMINATORS) expect(find(`a: 1${t}kind: Secret`)).toBe(`a: 1${t}`.length);
  });

  it('passes over the literal mid-line and returns -1 when it is absent', () => {
    expect(find('  kind: Secret\n- kind: Role\nxkind: a')).toBe(-1);
    expect(find('  kind: Secret\nkind: Role')).toBe(15);
    expect(find('apiVersion: v1')).toBe(-1);
    expect(find('')).toBe(-1);
  });

  it('searches from an offset', () => {
    const text = 'kind: A\nkind: B\n';
    expect(find(text, 1)).toBe(8);
    expect(find(text, 8)).toBe(8);
    expect(find(text, 9)).toBe(-1);
  });

  it('finds every offset a multiline ^literal regex finds, with a probe inside the literal too', () => {
    const alphabet = ['receivers:', 'vers:', 'recei', ' ', 'x', ...TERMINATORS];
    const probed = lineStartFinder('receivers:', 'recei'.length);
    for (const text of texts(alphabet, 3000, 11)) {
      expect(finderOffsets(probed, text)).toEqual(regexOffsets(/^receivers:/gm, text));
    }
  });
});

describe('lineStartTest', () => {
  it('tests what /^literal rest/m tests', () => {
    const cases: [RegExp, (text: string) => boolean, string[]][] = [
      [/^kind:\s*["']?(?:Kustomization|Component)\b/m, lineStartTest('kind:', /\s*["']?(?:Kustomization|Component)\b/y), ['kind:', ' ', '\t', '"', "'", 'Kustomization', 'Components', 'Component', 'x']],
      [/^kind:[ \t]*["']?Secret["']?[ \t]*(?:#.*)?$/m, lineStartTest('kind:', /[ \t]*["']?Secret["']?[ \t]*(?:#.*)?$/my), ['kind:', ' ', '\t', '"', 'Secret', 'Secrets', '#', 'x']],
      [/^services\s*:/m, lineStartTest('services', /\s*:/y, 3), ['services', 'vices', ' ', ':', 'x']],
      [/^receivers:/m, lineStartTest('receivers:', undefined, 5), ['receivers:', 'receivers', ':', ' ']],
    ];
    for (const [regex, test, words] of cases) {
      for (const text of texts([...words, ...TERMINATORS], 4000, 3)) expect(test(text)).toBe(regex.test(text));
    }
  });

  it('looks past a line-start literal whose rest fails for a later one that matches', () => {
    const test = lineStartTest('kind:', /[ \t]*Secret$/my);
    expect(test('kind: ConfigMap\nkind: Secret')).toBe(true);
    expect(test('kind: ConfigMap\n kind: Secret')).toBe(false);
  });

  it('wants a sticky rest', () => {
    expect(() => lineStartTest('kind:', /Secret/)).toThrow();
    expect(() => lineStartTest('kind:', /Secret/gy)).toThrow();
  });
});
