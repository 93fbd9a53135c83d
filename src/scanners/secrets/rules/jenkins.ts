// Jenkins secret rules (ci-cd family). Samples: __tests__/scanners/secrets/rules/jenkins.samples.ts.
import type { SecretRule } from '../rule.js';
import { keywordAssigned } from './build.js';

export const JENKINS_RULES: SecretRule[] = [
  keywordAssigned('jenkins-api-token', 'Jenkins API token', 'high', { family: 'ci-cd', keywords: ['jenkins'], credential: ['token', 'api[_.-]?key', 'password'], value: '11[a-f0-9]{32}|[a-f0-9]{32}' }),
];
