// Rule samples and the fake-credential generator are test code: the bundles must not carry them.
import { readFileSync } from 'node:fs';
import path from 'node:path';

// Names only the samples and __tests__/scanners/secrets/fake.ts use, and the generator's FNV seed.
const TEST_ONLY = ['noMatch', 'fakeUuid', 'fakeJwt', 'fakePemBody', 'fakePrivateKey', 'checksummedToken', 'githubSamples', 'pemSamples', '0x811c9dc5'];

describe.each(['dist/index.js', 'dist/cli/index.js'])('%s', (bundle) => {
  const text = readFileSync(path.resolve(bundle), 'utf8');

  it('holds the rules', () => {
    expect(text).toContain('aws-access-key-id');
    expect(text).toContain('hasValidCrc32Suffix');
  });

  it('holds no rule sample and no fake-credential code', () => {
    expect(TEST_ONLY.filter((name) => text.includes(name))).toEqual([]);
    expect(text).not.toMatch(/\bfake\(/);
  });
});
