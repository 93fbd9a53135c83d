// Agora secret rules (messaging family). Samples: __tests__/scanners/secrets/rules/agora.samples.ts.
import { assignmentPattern, defineRule, WORD_CHARS, type SecretRule } from '../rule.js';

export const AGORA_RULES: SecretRule[] = [
  defineRule({
    // The app certificate signs RTC/RTM tokens; the customer secret authenticates the RESTful API.
    // Both are 32 hex characters, like the public app id, so only those names count.
    id: 'agora-app-certificate',
    family: 'messaging',
    description: 'Agora app certificate or customer secret',
    severity: 'high',
    keywords: ['agora'],
    anchored: true,
    pattern: assignmentPattern('agora[\\w.-]{0,30}?(?:certificate|secret)', '[a-f0-9]{32}'),
    boundary: WORD_CHARS,
    minEntropy: 3,
  }),
];
