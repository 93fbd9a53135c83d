// Okta secret rules (saas family). Samples: __tests__/scanners/secrets/rules/okta.samples.ts.
import { assignmentPattern, defineRule, TOKEN_CHARS, type SecretRule } from '../rule.js';

export const OKTA_RULES: SecretRule[] = [
  defineRule({
    id: 'okta-api-token',
    family: 'saas',
    description: 'Okta API token',
    severity: 'critical',
    keywords: ['okta'],
    pattern: assignmentPattern('okta[\\w.-]{0,20}(?:token|key)', '00[A-Za-z0-9_=-]{40}'),
    boundary: TOKEN_CHARS,
    minEntropy: 4,
  }),
];
