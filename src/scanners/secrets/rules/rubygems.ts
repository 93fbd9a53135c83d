// RubyGems API secret rules (ci-cd family). Samples: __tests__/scanners/secrets/rules/rubygems.samples.ts.
import { defineRule, WORD_CHARS, type SecretRule } from '../rule.js';

export const RUBYGEMS_RULES: SecretRule[] = [
  defineRule({
    id: 'rubygems-api-key',
    family: 'ci-cd',
    description: 'RubyGems API key',
    severity: 'high',
    keywords: ['rubygems_'],
    anchored: true,
    pattern: /(rubygems_[a-f0-9]{48})/,
    boundary: WORD_CHARS,
    minEntropy: 3,
  }),
];
