// JFrog Artifactory API secret rules (ci-cd family). Samples: __tests__/scanners/secrets/rules/jfrog.samples.ts.
import { assignmentPattern, defineRule, WORD_CHARS, type SecretRule } from '../rule.js';

export const JFROG_RULES: SecretRule[] = [
  defineRule({
    id: 'artifactory-api-key',
    family: 'ci-cd',
    description: 'JFrog Artifactory API key',
    severity: 'high',
    keywords: ['akcp'],
    pattern: /(AKCp[A-Za-z0-9]{69})/,
    boundary: WORD_CHARS,
    minEntropy: 4,
  }),
  defineRule({
    id: 'artifactory-reference-token',
    family: 'ci-cd',
    description: 'JFrog Artifactory reference token',
    severity: 'high',
    keywords: ['cmvmd'],
    pattern: /(cmVmd[A-Za-z0-9]{59})/,
    boundary: WORD_CHARS,
    minEntropy: 4,
  }),
  defineRule({
    id: 'jfrog-access-token',
    family: 'ci-cd',
    description: 'JFrog access or identity token',
    severity: 'high',
    keywords: ['jfrog', 'artifactory'],
    anchored: true,
    pattern: assignmentPattern('jfrog|artifactory', '[a-z0-9]{73}|[a-z0-9]{64}'),
    boundary: WORD_CHARS,
    minEntropy: 3.5,
  }),
];
