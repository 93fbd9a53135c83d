// Mailgun secret rules (messaging family). Samples: __tests__/scanners/secrets/rules/mailgun.samples.ts.
import { assignmentPattern, defineRule, TOKEN_CHARS, type SecretRule } from '../rule.js';

export const MAILGUN_RULES: SecretRule[] = [
  defineRule({
    id: 'mailgun-api-key',
    family: 'messaging',
    description: 'Mailgun API key',
    severity: 'high',
    keywords: ['mailgun'],
    pattern: assignmentPattern('mailgun', '(?:key-)?[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8}|key-[0-9a-z]{32}'),
    boundary: TOKEN_CHARS,
    minEntropy: 3,
  }),
  defineRule({
    // A Mailgun key written without an assignment (a CLI call, a list, prose) with Mailgun named
    // nearby: the legacy `key-` form and the private-key form (32-8-8 hex groups).
    id: 'mailgun-key-near-mailgun',
    family: 'messaging',
    description: 'Mailgun API key (Mailgun named nearby)',
    severity: 'high',
    keywords: ['mailgun'],
    pattern: /(key-[0-9a-z]{32}|[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8})/,
    boundary: TOKEN_CHARS,
    minEntropy: 3,
    inContext: ({ text, secretStart }) => /mailgun/i.test(text.slice(Math.max(0, secretStart - 300), secretStart)),
    specificity: 2,
  }),
];
