// CircleCI secret rules (ci-cd family). Samples: __tests__/scanners/secrets/rules/circleci.samples.ts.
import { defineRule, WORD_CHARS, type SecretRule } from '../rule.js';

export const CIRCLECI_RULES: SecretRule[] = [
  defineRule({
    id: 'circleci-token',
    family: 'ci-cd',
    description: 'CircleCI personal or project API token',
    severity: 'high',
    keywords: ['ccipat_', 'cciprj_'],
    pattern: /(CCI(?:PAT|PRJ)_[A-Za-z0-9]{22}_[a-f0-9]{40})/,
    boundary: WORD_CHARS,
    minEntropy: 3.5,
  }),
];
