// Clojars secret rules (ci-cd family). Samples: __tests__/scanners/secrets/rules/clojars.samples.ts.
import { defineRule, WORD_CHARS, type SecretRule } from '../rule.js';

export const CLOJARS_RULES: SecretRule[] = [
  defineRule({
    id: 'clojars-token',
    family: 'ci-cd',
    description: 'Clojars deploy token',
    severity: 'high',
    keywords: ['clojars_'],
    pattern: /(CLOJARS_[a-z0-9]{60})/i,
    boundary: WORD_CHARS,
    minEntropy: 3.5,
  }),
];
