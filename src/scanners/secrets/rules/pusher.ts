// Pusher secret rules (messaging family). Samples: __tests__/scanners/secrets/rules/pusher.samples.ts.
import { assignmentPattern, defineRule, WORD_CHARS, type SecretRule } from '../rule.js';

export const PUSHER_RULES: SecretRule[] = [
  defineRule({
    id: 'pusher-secret',
    family: 'messaging',
    description: 'Pusher Channels app secret',
    severity: 'high',
    keywords: ['pusher'],
    anchored: true,
    pattern: assignmentPattern('pusher[\\w.-]{0,20}secret', '[a-f0-9]{20}'),
    boundary: WORD_CHARS,
    minEntropy: 3,
  }),
];
