// Travis CI secret rules (ci-cd family). Samples: __tests__/scanners/secrets/rules/travis-ci.samples.ts.
import { assignmentPattern, defineRule, TOKEN_CHARS, type SecretRule } from '../rule.js';

export const TRAVIS_CI_RULES: SecretRule[] = [
  defineRule({
    id: 'travis-ci-token',
    family: 'ci-cd',
    description: 'Travis CI API token',
    severity: 'high',
    keywords: ['travis'],
    anchored: true,
    pattern: assignmentPattern('travis[\\w.-]{0,20}(?:token|key)', '[A-Za-z0-9_-]{22}'),
    boundary: TOKEN_CHARS,
    minEntropy: 3.5,
  }),
];
