// Mailchimp secret rules (messaging family). Samples: __tests__/scanners/secrets/rules/mailchimp.samples.ts.
import type { SecretRule } from '../rule.js';
import { suffixedToken } from './build.js';

export const MAILCHIMP_RULES: SecretRule[] = [
  // 32 hex characters, then the data center (`-us6`).
  suffixedToken('mailchimp-api-key', 'Mailchimp API key', 'high', { family: 'messaging', keywords: ['-us'], anchored: true, suffix: '-us[0-9]{1,2}', lead: { alphabet: '0-9a-f', length: 32 } }),
];
