// Sourcegraph secret rules (source-hosting family). Samples: __tests__/scanners/secrets/rules/sourcegraph.samples.ts.
import { defineRule, WORD_CHARS, type SecretRule } from '../rule.js';
import { prefixedToken } from './build.js';

export const SOURCEGRAPH_RULES: SecretRule[] = [
  prefixedToken('sourcegraph-access-token', 'Sourcegraph access token', 'high', { family: 'source-hosting', prefix: 'sgp_', body: '(?:[a-fA-F0-9]{16}|local)_[a-fA-F0-9]{40}|sgp_[a-fA-F0-9]{40}', boundary: WORD_CHARS }),
];
