// Zendesk secret rules (messaging family). Samples: __tests__/scanners/secrets/rules/zendesk.samples.ts.
import { assignmentPattern, defineRule, WORD_CHARS, type SecretRule } from '../rule.js';

export const ZENDESK_RULES: SecretRule[] = [
  defineRule({
    id: 'zendesk-api-token',
    family: 'messaging',
    description: 'Zendesk API token',
    severity: 'high',
    keywords: ['zendesk'],
    pattern: assignmentPattern('zendesk[\\w.-]{0,20}(?:token|key)', '[A-Za-z0-9]{40}'),
    boundary: WORD_CHARS,
    minEntropy: 4,
  }),
];
