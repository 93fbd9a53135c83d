// Beamer secret rules (saas family). Samples: __tests__/scanners/secrets/rules/beamer.samples.ts.
import { defineRule, providerAssignmentPattern, type SecretRule } from '../rule.js';

export const BEAMER_RULES: SecretRule[] = [
  defineRule({
    id: 'beamer-api-key',
    family: 'saas',
    description: 'Beamer API key',
    severity: 'high',
    keywords: ['beamer'],
    anchored: true,
    // `b_` + 44 characters, under a Beamer name (`BEAMER_API_KEY`, the `Beamer-Api-Key` header).
    pattern: providerAssignmentPattern('beamer', 'b_[A-Za-z0-9+/=_-]{44}'),
    boundary: 'A-Za-z0-9+/_-',
    minEntropy: 3.5,
  }),
];
