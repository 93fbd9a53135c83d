// SonarQube secret rules (ci-cd family). Samples: __tests__/scanners/secrets/rules/sonarqube.samples.ts.
import { assignmentPattern, defineRule, WORD_CHARS, type SecretRule } from '../rule.js';

export const SONARQUBE_RULES: SecretRule[] = [
  defineRule({
    id: 'sonarqube-token',
    family: 'ci-cd',
    description: 'SonarQube token',
    severity: 'high',
    keywords: ['sqp_', 'squ_', 'sqa_'],
    pattern: /(sq[pua]_[a-f0-9]{40})/,
    boundary: WORD_CHARS,
    minEntropy: 3,
  }),
  defineRule({
    id: 'sonarqube-legacy-token',
    family: 'ci-cd',
    description: 'SonarQube / SonarCloud token',
    severity: 'high',
    keywords: ['sonar'],
    pattern: assignmentPattern('sonar[_.-]?(?:login|token)', '[a-f0-9]{40}'),
    boundary: WORD_CHARS,
    minEntropy: 3,
  }),
];
