// PagerDuty secret rules (saas family). Samples: __tests__/scanners/secrets/rules/pagerduty.samples.ts.
import type { SecretRule } from '../rule.js';
import { keywordAssigned, run } from './build.js';

export const PAGERDUTY_RULES: SecretRule[] = [
  keywordAssigned('pagerduty-api-key', 'PagerDuty API key', 'high', { family: 'saas', keywords: ['pagerduty'], credential: '(?:api[_.-]?)?(?:key|token)', value: run('A-Za-z0-9_+-', 20), boundary: 'A-Za-z0-9_+-', minEntropy: 3.5 }),
];
