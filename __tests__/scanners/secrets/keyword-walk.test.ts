import { execFileSync } from 'node:child_process';
import { SECRET_RULES } from '../../../src/scanners/secrets/index.js';
import { wasmWalk } from '../../../src/scanners/secrets/keyword-walk.js';
import { mergePositions, type KeywordIndex } from '../../../src/scanners/secrets/keywords.js';
import { RuleSet } from '../../../src/scanners/secrets/scan.js';

// The WebAssembly walk must give exactly the JavaScript walk's hits: the rules and the
// secret-logging check read the positions, so any difference is a different scan.
const index = new RuleSet(SECRET_RULES)['keywordIndex'] as KeywordIndex;
const js = (text: string): number[][] => index['walkJs'](text);
const walk = wasmWalk({ delta: index['delta'] as Uint16Array, symbol: index['symbol'], shift: index['shift'], firstOutput: index['firstOutput'], overlap: index['maxLength'] - 1 });
const wasm = (text: string, fileBytes?: Uint8Array): number[][] | undefined => {
  if (!walk) throw new Error('WebAssembly walk unavailable');
  return walk.run(text, fileBytes);
};

const ASCII_PIECES = ['password', 'PASSWORD=', 'ghp_', 'akia', 'secret_key', 'begin rsa private key', '://', 'token', 'key', 'x', ' ', '\n', 'AKIA', 'hooks.slack.com', 'sk_live_', 'eyJ', 'pwd'];
// Two-, three- and four-byte characters, a lone surrogate, and keywords split by them.
const OTHER_PIECES = ['\u00e9', '\u4e2d\u6587', '\ud83d\udd11', '\ud800', 'pass\u00e9word', 'to\u4e2dken', '\u00fcber-key'];

function randomText(length: number, seed: number, pieces: readonly string[]): string {
  // Keywords of every family, separators and noise, so that hits fall in every part of the walk and across its edges.
  let s = seed;
  let text = '';
  while (text.length < length) {
    s = (s * 1103515245 + 12345) % 2147483648;
    text += pieces[s % pieces.length];
  }
  return text.slice(0, length);
}

describe('keyword walk in WebAssembly', () => {
  const lengths = [0, 1, 255, 256, 300, 1000, 4099, 20_000, 100_003];

  it('gives the JavaScript walk hits on ASCII texts of every length, part by part', () => {
    for (const [k, length] of lengths.entries()) {
      const text = randomText(length, k + 1, ASCII_PIECES);
      expect(wasm(text)).toEqual(js(text));
    }
  });

  it('gives the same hits, at the string offsets, on texts with other characters', () => {
    for (const [k, length] of lengths.entries()) {
      const text = randomText(length, k + 7, [...ASCII_PIECES, ...OTHER_PIECES]);
      // The parts are cut at byte offsets here, so only the whole sequence is the same.
      expect(wasm(text)!.flat()).toEqual(js(text).flat());
    }
    const text = `\u00e9${'x'.repeat(600)}password ${'\ud83d\udd11'.repeat(300)} token`;
    const hits = wasm(text)!.flat();
    expect(hits.filter((_, i) => i % 2 === 1)).toEqual(js(text).flat().filter((_, i) => i % 2 === 1));
    expect(hits.length).toBeGreaterThan(0);
  });

  it('walks a text over a megabyte window by window, with the same hits (memory stays small)', () => {
    const ascii = randomText(2_600_000, 41, ASCII_PIECES);
    const mixed = randomText(2_300_000, 42, [...ASCII_PIECES, ...OTHER_PIECES.filter((p) => p !== '\ud800')]);
    const bytes = (t: string) => Buffer.from(t, 'utf8');
    const latin1 = Buffer.from(ascii.slice(0, 1_500_000).replace(/x/g, '\u00e9'), 'latin1');
    const byteString = latin1.toString('latin1');
    for (const [text, fileBytes] of [[ascii, undefined], [ascii, bytes(ascii)], [mixed, bytes(mixed)], [byteString, latin1]] as const) {
      const hits = wasm(text, fileBytes)!;
      expect(hits.flat()).toEqual(js(text).flat());
      expect(hits.length).toBeGreaterThan(4);
    }
    // A big text that is not ASCII and comes without its bytes is left to the JavaScript walk.
    expect(wasm(mixed)).toBeUndefined();
    expect(index.scan(mixed).positions).toEqual(index['report'](js(mixed)).positions);
  });

  it('drains and resumes when a part has more hits than its output area holds', () => {
    for (const text of ['key '.repeat(60_000), '\u00e9key '.repeat(50_000)]) {
      const hits = wasm(text)!;
      expect(hits.flat()).toEqual(js(text).flat());
      // One hit per `key` at least (the automaton reports every keyword end), far over 4,096 per part.
      expect(hits.reduce((n, h) => n + h.length / 2, 0)).toBeGreaterThanOrEqual(50_000);
    }
  });

  it('scan() reports the same flags and positions either way', () => {
    for (let k = 0; k < 20; k++) {
      const text = randomText(300 + k * 997, 100 + k, k % 2 ? ASCII_PIECES : [...ASCII_PIECES, ...OTHER_PIECES]);
      const viaWasm = index.scan(text);
      const viaJs = index['report'](js(text));
      expect([...viaWasm.found]).toEqual([...viaJs.found]);
      expect(viaWasm.positions).toEqual(viaJs.positions);
      expect(viaWasm.byKeyword).toEqual(viaJs.byKeyword);
    }
  });

  it('walks the UTF-8 bytes of the reader, when given, to the same answer as the text', () => {
    for (let k = 0; k < 10; k++) {
      // Without lone surrogates: those have no UTF-8, and the reader gives bytes only for valid UTF-8.
      const text = randomText(500 + k * 1201, 300 + k, [...ASCII_PIECES, ...OTHER_PIECES.filter((p) => p !== '\ud800')]);
      const fromBytes = index.scan(text, Buffer.from(text, 'utf8'));
      const fromText = index['report'](js(text));
      expect(fromBytes.positions).toEqual(fromText.positions);
      expect([...fromBytes.found]).toEqual([...fromText.found]);
    }
  });

  it('is the module scripts/keyword-wasm.mjs assembles from keyword-walk.wat', () => {
    expect(() => execFileSync(process.execPath, ['scripts/keyword-wasm.mjs', '--check'], { stdio: 'pipe' })).not.toThrow();
  });
});

describe('the positions of several keywords, merged', () => {
  it('is the ascending union without repeats, for any number of ascending lists', () => {
    let seed = 11;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let round = 0; round < 200; round++) {
      const lists: (number[] | undefined)[] = Array.from({ length: rand(10) }, () => {
        if (rand(5) === 0) return undefined;
        const set = new Set(Array.from({ length: rand(40) }, () => rand(300)));
        return [...set].sort((a, b) => a - b);
      });
      const ids = lists.map((_, i) => i).filter(() => rand(4) !== 0);
      const expected = [...new Set(ids.flatMap((i) => lists[i] ?? []))].sort((a, b) => a - b);
      expect(mergePositions(lists, ids)).toEqual(expected);
      expect(mergePositions(lists, undefined)).toEqual([...new Set(lists.flatMap((l) => l ?? []))].sort((a, b) => a - b));
    }
  });
});
