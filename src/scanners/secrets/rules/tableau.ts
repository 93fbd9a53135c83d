// Tableau personal access token secrets (saas family): 22 characters of base64 and `==`, a colon,
// 32 alphanumerics. Samples: __tests__/scanners/secrets/rules/tableau.samples.ts.
import { defineRule, type SecretRule } from '../rule.js';

export const TABLEAU_RULES: SecretRule[] = [
  defineRule({
    id: 'tableau-pat-secret',
    family: 'saas',
    description: 'Tableau personal access token secret',
    severity: 'high',
    keywords: ['tableau'],
    pattern: /([A-Za-z0-9+/]{22}==:[A-Za-z0-9]{32})/,
    boundary: 'A-Za-z0-9+/',
    minEntropy: 4,
  }),
];
