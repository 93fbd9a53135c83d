// SonarQube secret rules (ci-cd family). Samples: __tests__/scanners/secrets/rules/sonarqube.samples.ts.
import { WORD_CHARS, type SecretRule } from '../rule.js';
import { keywordAssigned, prefixedToken, run } from './build.js';

export const SONARQUBE_RULES: SecretRule[] = [
  // Project (`sqp_`), user (`squ_`) and global analysis (`sqa_`) tokens.
  prefixedToken('sonarqube-token', 'SonarQube token', 'high', { family: 'ci-cd', prefix: ['sqp_', 'squ_', 'sqa_'], body: run('a-f0-9', 40), boundary: WORD_CHARS }),
  keywordAssigned('sonarqube-legacy-token', 'SonarQube / SonarCloud token', 'high', { family: 'ci-cd', keywords: ['sonar'], name: 'sonar[_.-]?(?:login|token)', value: run('a-f0-9', 40) }),
];
