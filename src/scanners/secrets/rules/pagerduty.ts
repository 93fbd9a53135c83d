// PagerDuty secret rules (saas family). Samples: __tests__/scanners/secrets/rules/pagerduty.samples.ts.
import { assignmentPattern, defineRule, type SecretRule } from '../rule.js';

export const PAGERDUTY_RULES: SecretRule[] = [
  defineRule({
    id: 'pagerduty-api-key',
    family: 'saas',
    description: 'PagerDuty API key',
    severity: 'high',
    keywords: ['pagerduty'],
    pattern: assignmentPattern('pagerduty[\\w.-]{0,20}(?:api[_.-]?)?(?:key|token)', '[A-Za-z0-9_+-]{20}'),
    boundary: 'A-Za-z0-9_+-',
    minEntropy: 3.5,
  }),
];
