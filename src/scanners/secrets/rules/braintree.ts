// PayPal Braintree secret rules (payments family). Samples: __tests__/scanners/secrets/rules/braintree.samples.ts.
import { assignmentPattern, defineRule, WORD_CHARS, type SecretRule } from '../rule.js';

export const BRAINTREE_RULES: SecretRule[] = [
  defineRule({
    id: 'braintree-access-token',
    family: 'payments',
    description: 'PayPal Braintree access token',
    severity: 'critical',
    keywords: ['access_token$'],
    pattern: /(access_token\$(?:production|sandbox)\$[0-9a-z]{16}\$[0-9a-f]{32})/,
    boundary: WORD_CHARS,
  }),
  defineRule({
    id: 'braintree-private-key',
    family: 'payments',
    description: 'Braintree private key',
    severity: 'critical',
    keywords: ['braintree'],
    pattern: assignmentPattern('braintree[\\w.-]{0,20}private[_.-]?key', '[a-f0-9]{32}'),
    boundary: WORD_CHARS,
    minEntropy: 3,
  }),
];
