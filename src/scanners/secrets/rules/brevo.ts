// Brevo (Sendinblue) secret rules (messaging family). Samples: __tests__/scanners/secrets/rules/brevo.samples.ts.
import { defineRule, TOKEN_CHARS, type SecretRule } from '../rule.js';
import { prefixedToken } from './build.js';

export const BREVO_RULES: SecretRule[] = [
  prefixedToken('brevo-api-key', 'Brevo (Sendinblue) API key', 'high', { family: 'messaging', prefix: 'xkeysib-', body: '[a-f0-9]{64}-[A-Za-z0-9]{16}' }),
];
