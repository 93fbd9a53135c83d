// crates-io secret rules (ci-cd family). Samples: __tests__/scanners/secrets/rules/crates-io.samples.ts.
import { defineRule, WORD_CHARS, type SecretRule } from '../rule.js';

export const CRATES_IO_RULES: SecretRule[] = [
  defineRule({
    // crates.io API token: `cio` and 32 random alphanumerics. The prefix is short and starts words
    // (`ciocca`, `cioccolato`), so the token must stand alone, score as random and mix digits and
    // both cases (a random 32-character body lacks one of them about once in 300 draws).
    id: 'crates-io-api-token',
    family: 'ci-cd',
    description: 'crates.io API token',
    severity: 'high',
    keywords: ['cio'],
    anchored: true,
    pattern: /(cio[A-Za-z0-9]{32})/,
    boundary: WORD_CHARS,
    minEntropy: 4.1,
    validate: (s) => /[0-9]/.test(s) && /[A-Z]/.test(s) && /[a-z]/.test(s.slice(3)),
  }),
];
