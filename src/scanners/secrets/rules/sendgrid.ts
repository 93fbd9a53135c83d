// SendGrid API secret rules (messaging family). Samples: __tests__/scanners/secrets/rules/sendgrid.samples.ts.
import { defineRule, TOKEN_CHARS, type SecretRule } from '../rule.js';

export const SENDGRID_RULES: SecretRule[] = [
  defineRule({
    id: 'sendgrid-api-key',
    family: 'messaging',
    description: 'SendGrid API key',
    severity: 'high',
    keywords: ['sg.'],
    pattern: /(SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43})/,
    boundary: TOKEN_CHARS,
    minEntropy: 3.5,
  }),
];
