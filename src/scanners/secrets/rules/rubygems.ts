// RubyGems secret rules (ci-cd family). Samples: __tests__/scanners/secrets/rules/rubygems.samples.ts.
import { defineRule, WORD_CHARS, type SecretRule } from '../rule.js';
import { prefixedToken, run } from './build.js';

export const RUBYGEMS_RULES: SecretRule[] = [
  prefixedToken('rubygems-api-key', 'RubyGems API key', 'high', { family: 'ci-cd', prefix: 'rubygems_', body: run('a-f0-9', 48), anchored: true, boundary: WORD_CHARS }),
];
