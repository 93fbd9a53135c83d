// Twilio secret rules (messaging family). Samples: __tests__/scanners/secrets/rules/twilio.samples.ts.
import { defineRule, WORD_CHARS, type SecretRule } from '../rule.js';
import { keywordAssigned, prefixedToken, run } from './build.js';

export const TWILIO_RULES: SecretRule[] = [
  // `SK` and 32 hex: the prefix is too short to look for, so Twilio must be named in the file.
  prefixedToken('twilio-api-key', 'Twilio API key SID', 'high', {
    family: 'messaging',
    prefix: 'SK',
    keywords: ['twilio'],
    body: run('0-9a-fA-F', 32),
    boundary: WORD_CHARS,
    validate: (s) => /[0-9]/.test(s.slice(2)) && /[a-fA-F]/.test(s.slice(2)),
  }),
  keywordAssigned('twilio-auth-token', 'Twilio auth token', 'critical', { family: 'messaging', keywords: ['twilio'], credential: ['auth[_.-]?token', 'secret', 'api[_.-]?secret'], value: run('a-f0-9', 32) }),
  defineRule({
    // One-off, a pair: the auth token right after its account SID (`AC...:token`, `AC..., token`).
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
