// CircleCI secret rules (ci-cd family). Samples: __tests__/scanners/secrets/rules/circleci.samples.ts.
import { WORD_CHARS, type SecretRule } from '../rule.js';
import { prefixedToken } from './build.js';

export const CIRCLECI_RULES: SecretRule[] = [
  prefixedToken('circleci-token', 'CircleCI personal or project API token', 'high', { family: 'ci-cd', prefix: ['CCIPAT_', 'CCIPRJ_'], body: '[A-Za-z0-9]{22}_[a-f0-9]{40}', boundary: WORD_CHARS, minEntropy: 3.5 }),
];
