// SendGrid secret rules (messaging family). Samples: __tests__/scanners/secrets/rules/sendgrid.samples.ts.
import { defineRule, TOKEN_CHARS, type SecretRule } from '../rule.js';
import { prefixedToken } from './build.js';

export const SENDGRID_RULES: SecretRule[] = [
  prefixedToken('sendgrid-api-key', 'SendGrid API key', 'high', { family: 'messaging', prefix: 'SG.', body: '[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}', minEntropy: 3.5 }),
];
