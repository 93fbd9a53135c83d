// crates.io secret rules (ci-cd family). Samples: __tests__/scanners/secrets/rules/crates-io.samples.ts.
import { defineRule, WORD_CHARS, type SecretRule } from '../rule.js';
import { prefixedToken, run } from './build.js';

export const CRATES_IO_RULES: SecretRule[] = [
  // crates.io API token: `cio` and 32 random alphanumerics. The prefix is short and starts words
  // (`ciocca`, `cioccolato`), so the token must stand alone, score as random and mix digits and
  // both cases (a random 32-character body lacks one of them about once in 300 draws).
  prefixedToken('crates-io-api-token', 'crates.io API token', 'high', { family: 'ci-cd', prefix: 'cio', body: run('A-Za-z0-9', 32), anchored: true, boundary: WORD_CHARS, minEntropy: 4.1, validate: (s) => /[0-9]/.test(s) && /[A-Z]/.test(s) && /[a-z]/.test(s.slice(3)) }),
];
