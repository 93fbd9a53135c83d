// Asana secret rules (saas family). Samples: __tests__/scanners/secrets/rules/asana.samples.ts.
import { defineRule, WORD_CHARS, type SecretRule } from '../rule.js';
import { keywordAssigned, run } from './build.js';

export const ASANA_RULES: SecretRule[] = [
  defineRule({
    // One-off: the token is `<version>/<user id>[/<app id>]:<32 hex>`, digits first, with no prefix
    // to build it from.
    id: 'asana-pat',
    family: 'saas',
    description: 'Asana personal access token',
    severity: 'high',
    keywords: ['asana'],
    pattern: /([0-9]\/[0-9]{10,20}(?:\/[0-9]{10,20})?:[a-f0-9]{32})/,
    boundary: 'A-Za-z0-9_/',
    minEntropy: 3,
  }),
  // An Asana OAuth app's client id: 16 digits, only meaningful next to an Asana credential name.
  keywordAssigned('asana-client-id', 'Asana client ID', 'low', { family: 'saas', keywords: ['asana'], form: 'credential', value: run('0-9', 16), anchored: true, minEntropy: 2.5 }),
  keywordAssigned('asana-client-secret', 'Asana client secret', 'high', { family: 'saas', keywords: ['asana'], form: 'credential', value: run('A-Za-z0-9', 32), anchored: true }),
];
