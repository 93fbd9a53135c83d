// Postman secret rules (saas family). Samples: __tests__/scanners/secrets/rules/postman.samples.ts.
import { defineRule, TOKEN_CHARS, type SecretRule } from '../rule.js';

export const POSTMAN_RULES: SecretRule[] = [
  defineRule({
    id: 'postman-api-key',
    family: 'saas',
    description: 'Postman API key',
    severity: 'high',
    keywords: ['pmak-'],
    pattern: /(PMAK-[a-f0-9]{24}-[a-f0-9]{34})/i,
    boundary: TOKEN_CHARS,
    minEntropy: 3,
  }),
];
