// Mailchimp secret rules (messaging family). Samples: __tests__/scanners/secrets/rules/mailchimp.samples.ts.
import { defineRule, leadBefore, type SecretRule } from '../rule.js';

export const MAILCHIMP_RULES: SecretRule[] = [
  defineRule({
    id: 'mailchimp-api-key',
    family: 'messaging',
    description: 'Mailchimp API key',
    severity: 'high',
    keywords: ['-us'],
    anchored: true,
    pattern: /-us[0-9]{1,2}/,
    extract: (m, ctx) => leadBefore(ctx.text, m.index, m.index + (m[0] as string).length, { min: 32, max: 32, chars: /[0-9a-f]/ }, /[A-Za-z0-9_-]/),
    minEntropy: 3,
  }),
];
