// Asana secret rules (saas family). Samples: __tests__/scanners/secrets/rules/asana.samples.ts.
import { credentialNamePattern, defineRule, WORD_CHARS, type SecretRule } from '../rule.js';

export const ASANA_RULES: SecretRule[] = [
  defineRule({
    id: 'asana-pat',
    family: 'saas',
    description: 'Asana personal access token',
    severity: 'high',
    keywords: ['asana'],
    pattern: /([0-9]\/[0-9]{10,20}(?:\/[0-9]{10,20})?:[a-f0-9]{32})/,
    boundary: 'A-Za-z0-9_/',
    minEntropy: 3,
  }),
  defineRule({
    // An Asana OAuth app's client id: 16 digits, only meaningful next to an Asana credential name.
    id: 'asana-client-id',
    family: 'saas',
    description: 'Asana client ID',
    severity: 'low',
    keywords: ['asana'],
    anchored: true,
    pattern: credentialNamePattern('asana', '[0-9]{16}'),
    boundary: WORD_CHARS,
    minEntropy: 2.5,
  }),
  defineRule({
    id: 'asana-client-secret',
    family: 'saas',
    description: 'Asana client secret',
    severity: 'high',
    keywords: ['asana'],
    anchored: true,
    pattern: credentialNamePattern('asana', '[A-Za-z0-9]{32}'),
    boundary: WORD_CHARS,
    minEntropy: 3,
  }),
];
