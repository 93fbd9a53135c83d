// Salesforce secret rules (saas family). Samples: __tests__/scanners/secrets/rules/salesforce.samples.ts.
import { defineRule, WORD_CHARS, type SecretRule } from '../rule.js';

export const SALESFORCE_RULES: SecretRule[] = [
  defineRule({
    // A Salesforce OAuth access token or session id: the org id (00D + 12, or its 18-character form),
    // `!`, then 96 characters of [A-Za-z0-9._].
    id: 'salesforce-access-token',
    family: 'saas',
    description: 'Salesforce access token / session ID',
    severity: 'high',
    keywords: ['00d'],
    pattern: /(00D[A-Za-z0-9]{12}(?:[A-Za-z0-9]{3})?![A-Za-z0-9._]{96})/,
    boundary: WORD_CHARS,
    minEntropy: 4,
  }),
];
