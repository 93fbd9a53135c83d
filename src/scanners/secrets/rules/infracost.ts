// Infracost secret rules (ci-cd family). Samples: __tests__/scanners/secrets/rules/infracost.samples.ts.
import { defineRule, WORD_CHARS, type MatchContext, type SecretRule } from '../rule.js';
import { prefixedToken, run } from './build.js';

/** `ico-<32>.svg` is an asset file name, not a key: the token must not run on into an extension. */
const notAFileName = ({ text, secretEnd }: MatchContext): boolean => !(text[secretEnd] === '.' && /[A-Za-z0-9]/.test(text[secretEnd + 1] ?? ''));

export const INFRACOST_RULES: SecretRule[] = [
  prefixedToken('infracost-api-key', 'Infracost API key', 'medium', { family: 'ci-cd', prefix: 'ico-', body: run('A-Za-z0-9', 32), boundary: WORD_CHARS, minEntropy: 3.5, inContext: notAFileName }),
];
