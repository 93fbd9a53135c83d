// Buildkite API secret rules (ci-cd family). Samples: __tests__/scanners/secrets/rules/buildkite.samples.ts.
import { defineRule, WORD_CHARS, type SecretRule } from '../rule.js';

export const BUILDKITE_RULES: SecretRule[] = [
  defineRule({
    id: 'buildkite-token',
    family: 'ci-cd',
    description: 'Buildkite API access token',
    severity: 'high',
    keywords: ['bkua_'],
    pattern: /(bkua_[a-f0-9]{40})/,
    boundary: WORD_CHARS,
    minEntropy: 3,
  }),
];
