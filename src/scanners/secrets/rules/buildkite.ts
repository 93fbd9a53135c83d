// Buildkite secret rules (ci-cd family). Samples: __tests__/scanners/secrets/rules/buildkite.samples.ts.
import { defineRule, WORD_CHARS, type SecretRule } from '../rule.js';
import { prefixedToken, run } from './build.js';

export const BUILDKITE_RULES: SecretRule[] = [
  prefixedToken('buildkite-token', 'Buildkite API access token', 'high', { family: 'ci-cd', prefix: 'bkua_', body: run('a-f0-9', 40), boundary: WORD_CHARS }),
];
