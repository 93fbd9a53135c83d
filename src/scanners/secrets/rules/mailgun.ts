// Mailgun secret rules (messaging family). Samples: __tests__/scanners/secrets/rules/mailgun.samples.ts.
import { defineRule, TOKEN_CHARS, type SecretRule } from '../rule.js';
import { keywordAssigned } from './build.js';

export const MAILGUN_RULES: SecretRule[] = [
  keywordAssigned('mailgun-api-key', 'Mailgun API key', 'high', { family: 'messaging', keywords: ['mailgun'], value: '(?:key-)?[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8}|key-[0-9a-z]{32}', boundary: TOKEN_CHARS }),
  defineRule({
    // One-off (two shapes, Mailgun named in the 300 characters before): a Mailgun key written
    // without an assignment (a CLI call, a list, prose), in the legacy `key-` form or the
    // private-key form (32-8-8 hex groups).
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
