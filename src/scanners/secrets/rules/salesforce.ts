// Salesforce secret rules (saas family). Samples: __tests__/scanners/secrets/rules/salesforce.samples.ts.
import { defineRule, WORD_CHARS, type SecretRule } from '../rule.js';
import { prefixedToken } from './build.js';

export const SALESFORCE_RULES: SecretRule[] = [
  // A Salesforce OAuth access token or session id: the org id (00D + 12, or its 18-character form),
  // `!`, then 96 characters of [A-Za-z0-9._].
  prefixedToken('salesforce-access-token', 'Salesforce access token / session ID', 'high', { family: 'saas', prefix: '00D', body: '[A-Za-z0-9]{12}(?:[A-Za-z0-9]{3})?![A-Za-z0-9._]{96}', boundary: WORD_CHARS, minEntropy: 4 }),
];
