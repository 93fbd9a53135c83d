// Jenkins secret rules (ci-cd family). Samples: __tests__/scanners/secrets/rules/jenkins.samples.ts.
import { assignmentPattern, defineRule, WORD_CHARS, type SecretRule } from '../rule.js';

export const JENKINS_RULES: SecretRule[] = [
  defineRule({
    id: 'jenkins-api-token',
    family: 'ci-cd',
    description: 'Jenkins API token',
    severity: 'high',
    keywords: ['jenkins'],
    pattern: assignmentPattern('jenkins[\\w.-]{0,20}(?:token|api[_.-]?key|password)', '11[a-f0-9]{32}|[a-f0-9]{32}'),
    boundary: WORD_CHARS,
    minEntropy: 3,
  }),
];
