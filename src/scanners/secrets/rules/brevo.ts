// Brevo (Sendinblue) API secret rules (messaging family). Samples: __tests__/scanners/secrets/rules/brevo.samples.ts.
import { defineRule, TOKEN_CHARS, type SecretRule } from '../rule.js';

export const BREVO_RULES: SecretRule[] = [
  defineRule({
    id: 'brevo-api-key',
    family: 'messaging',
    description: 'Brevo (Sendinblue) API key',
    severity: 'high',
    keywords: ['xkeysib-'],
    pattern: /(xkeysib-[a-f0-9]{64}-[A-Za-z0-9]{16})/,
    boundary: TOKEN_CHARS,
    minEntropy: 3,
  }),
];
