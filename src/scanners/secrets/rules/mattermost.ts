// Mattermost secret rules (messaging family). Samples: __tests__/scanners/secrets/rules/mattermost.samples.ts.
import { assignmentPattern, defineRule, WORD_CHARS, type SecretRule } from '../rule.js';

export const MATTERMOST_RULES: SecretRule[] = [
  defineRule({
    id: 'mattermost-token',
    family: 'messaging',
    description: 'Mattermost access token',
    severity: 'high',
    keywords: ['mattermost'],
    pattern: assignmentPattern('mattermost[\\w.-]{0,20}token', '[a-z0-9]{26}'),
    boundary: WORD_CHARS,
    minEntropy: 3.5,
  }),
];
