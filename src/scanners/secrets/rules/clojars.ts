// Clojars secret rules (ci-cd family). Samples: __tests__/scanners/secrets/rules/clojars.samples.ts.
import { WORD_CHARS, type SecretRule } from '../rule.js';
import { prefixedToken, run } from './build.js';

export const CLOJARS_RULES: SecretRule[] = [
  prefixedToken('clojars-token', 'Clojars deploy token', 'high', { family: 'ci-cd', prefix: 'CLOJARS_', body: run('a-z0-9', 60), ignoreCase: true, boundary: WORD_CHARS, minEntropy: 3.5 }),
];
