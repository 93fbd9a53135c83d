// PayPal Braintree secret rules (payments family). Samples: __tests__/scanners/secrets/rules/braintree.samples.ts.
import { WORD_CHARS, type SecretRule } from '../rule.js';
import { keywordAssigned, prefixedToken, run } from './build.js';

export const BRAINTREE_RULES: SecretRule[] = [
  // `access_token$<environment>$<merchant id>$<32 hex>`; the fixed parts carry little entropy.
  prefixedToken('braintree-access-token', 'PayPal Braintree access token', 'critical', { family: 'payments', prefix: 'access_token$', body: '(?:production|sandbox)\\$[0-9a-z]{16}\\$[0-9a-f]{32}', boundary: WORD_CHARS, minEntropy: undefined }),
  keywordAssigned('braintree-private-key', 'Braintree private key', 'critical', { family: 'payments', keywords: ['braintree'], credential: 'private[_.-]?key', value: run('a-f0-9', 32) }),
];
