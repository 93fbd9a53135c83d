// JFrog Artifactory secret rules (ci-cd family). Samples: __tests__/scanners/secrets/rules/jfrog.samples.ts.
import { assignmentPattern, defineRule, WORD_CHARS, type SecretRule } from '../rule.js';
import { prefixedToken, run } from './build.js';

export const JFROG_RULES: SecretRule[] = [
  prefixedToken('artifactory-api-key', 'JFrog Artifactory API key', 'high', { family: 'ci-cd', prefix: 'AKCp', body: run('A-Za-z0-9', 69), boundary: WORD_CHARS, minEntropy: 4 }),
  prefixedToken('artifactory-reference-token', 'JFrog Artifactory reference token', 'high', { family: 'ci-cd', prefix: 'cmVmd', body: run('A-Za-z0-9', 59), boundary: WORD_CHARS, minEntropy: 4 }),
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
