// Twilio secret rules (messaging family). Samples: __tests__/scanners/secrets/rules/twilio.samples.ts.
import { assignmentPattern, defineRule, WORD_CHARS, type SecretRule } from '../rule.js';

export const TWILIO_RULES: SecretRule[] = [
  defineRule({
    id: 'twilio-api-key',
    family: 'messaging',
    description: 'Twilio API key SID',
    severity: 'high',
    keywords: ['twilio'],
    pattern: /(SK[0-9a-fA-F]{32})/,
    boundary: WORD_CHARS,
    minEntropy: 3,
    validate: (s) => /[0-9]/.test(s.slice(2)) && /[a-fA-F]/.test(s.slice(2)),
  }),
  defineRule({
    id: 'twilio-auth-token',
    family: 'messaging',
    description: 'Twilio auth token',
    severity: 'critical',
    keywords: ['twilio'],
    pattern: assignmentPattern('twilio[\\w.-]{0,20}(?:auth[_.-]?token|secret|api[_.-]?secret)', '[a-f0-9]{32}'),
    boundary: WORD_CHARS,
    minEntropy: 3,
  }),
  defineRule({
    id: 'twilio-account-credentials',
    family: 'messaging',
    description: 'Twilio auth token paired with its account SID',
    severity: 'critical',
    keywords: ['twilio'],
    pattern: /(AC[a-f0-9]{32})[ \t]{0,3}[:,][ \t]{0,3}["']?([a-f0-9]{32})/,
    secretGroup: 2,
    boundary: WORD_CHARS,
    minEntropy: 3,
  }),
];
