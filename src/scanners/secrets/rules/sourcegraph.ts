// Sourcegraph secret rules (source-hosting family). Samples: __tests__/scanners/secrets/rules/sourcegraph.samples.ts.
import { defineRule, WORD_CHARS, type SecretRule } from '../rule.js';

export const SOURCEGRAPH_RULES: SecretRule[] = [
  defineRule({
    id: 'sourcegraph-access-token',
    family: 'source-hosting',
    description: 'Sourcegraph access token',
    severity: 'high',
    keywords: ['sgp_'],
    pattern: /(sgp_(?:[a-fA-F0-9]{16}|local)_[a-fA-F0-9]{40}|sgp_[a-fA-F0-9]{40})/,
    boundary: WORD_CHARS,
    minEntropy: 3,
  }),
];
