// Scaleway secret rules (cloud family). Samples: __tests__/scanners/secrets/rules/scaleway.samples.ts.
import { assignmentPattern, defineRule, TOKEN_CHARS, type SecretRule } from '../rule.js';

export const SCALEWAY_RULES: SecretRule[] = [
  defineRule({
    id: 'scaleway-secret-key',
    family: 'cloud',
    description: 'Scaleway secret key',
    severity: 'critical',
    keywords: ['scw_secret', 'scaleway'],
    pattern: assignmentPattern('scw[_.-]?secret[_.-]?key|scaleway[_.-]?secret[_.-]?key', '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'),
    boundary: TOKEN_CHARS,
    minEntropy: 3,
  }),
];
