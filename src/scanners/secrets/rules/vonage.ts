// Vonage (Nexmo) secret rules (messaging family). Samples: __tests__/scanners/secrets/rules/vonage.samples.ts.
import { assignmentPattern, defineRule, WORD_CHARS, type SecretRule } from '../rule.js';

export const VONAGE_RULES: SecretRule[] = [
  defineRule({
    id: 'vonage-api-secret',
    family: 'messaging',
    description: 'Vonage (Nexmo) API secret',
    severity: 'high',
    keywords: ['vonage', 'nexmo'],
    pattern: assignmentPattern('(?:vonage|nexmo)[\\w.-]{0,20}secret', '[A-Za-z0-9]{16}'),
    boundary: WORD_CHARS,
    minEntropy: 3.5,
  }),
];
