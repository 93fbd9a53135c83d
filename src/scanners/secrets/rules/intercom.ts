// Intercom secret rules (messaging family). Samples: __tests__/scanners/secrets/rules/intercom.samples.ts.
import { assignmentPattern, defineRule, TOKEN_CHARS, type SecretRule } from '../rule.js';

export const INTERCOM_RULES: SecretRule[] = [
  defineRule({
    id: 'intercom-access-token',
    family: 'messaging',
    description: 'Intercom access token',
    severity: 'high',
    keywords: ['intercom'],
    pattern: assignmentPattern('intercom[\\w.-]{0,20}(?:token|key)', '[A-Za-z0-9=_-]{60}'),
    boundary: TOKEN_CHARS,
    minEntropy: 4,
  }),
];
