// Codecov secret rules (ci-cd family). Samples: __tests__/scanners/secrets/rules/codecov.samples.ts.
import { assignmentPattern, defineRule, TOKEN_CHARS, type SecretRule } from '../rule.js';

export const CODECOV_RULES: SecretRule[] = [
  defineRule({
    id: 'codecov-token',
    family: 'ci-cd',
    description: 'Codecov upload token',
    severity: 'medium',
    keywords: ['codecov'],
    pattern: assignmentPattern('codecov[\\w.-]{0,20}token', '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[A-Za-z0-9]{32}'),
    boundary: TOKEN_CHARS,
    minEntropy: 3,
  }),
];
