// Snyk secret rules (ci-cd family). Samples: __tests__/scanners/secrets/rules/snyk.samples.ts.
import { assignmentPattern, defineRule, TOKEN_CHARS, type SecretRule } from '../rule.js';

export const SNYK_RULES: SecretRule[] = [
  defineRule({
    id: 'snyk-token',
    family: 'ci-cd',
    description: 'Snyk API token',
    severity: 'high',
    keywords: ['snyk'],
    pattern: assignmentPattern('snyk[_.-]?(?:(?:api|oauth)[_.-]?)?(?:key|token)', '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'),
    boundary: TOKEN_CHARS,
    minEntropy: 3,
  }),
];
