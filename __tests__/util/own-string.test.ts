import { ownString } from '../../src/util/own-string.js';

describe('ownString', () => {
  it('returns an equal string for every length and character', () => {
    const big = 'apiVersion: v1\nkind: Secret\n'.repeat(4000);
    for (const s of ['', 'key', 'password_field', big.slice(100, 160), 'caf\u00e9 \u{1F511} token', '\ud800 lone \udfff surrogates', '"quoted" \\ back\nslash\t']) {
      expect(ownString(s)).toBe(s);
    }
  });
});
