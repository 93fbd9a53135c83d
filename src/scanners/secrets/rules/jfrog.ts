// JFrog Artifactory secret rules (ci-cd family). Samples: __tests__/scanners/secrets/rules/jfrog.samples.ts.
import { WORD_CHARS, type SecretRule } from '../rule.js';
import { keywordAssigned, prefixedToken, run } from './build.js';

export const JFROG_RULES: SecretRule[] = [
  prefixedToken('artifactory-api-key', 'JFrog Artifactory API key', 'high', { family: 'ci-cd', prefix: 'AKCp', body: run('A-Za-z0-9', 69), boundary: WORD_CHARS, minEntropy: 4 }),
  prefixedToken('artifactory-reference-token', 'JFrog Artifactory reference token', 'high', { family: 'ci-cd', prefix: 'cmVmd', body: run('A-Za-z0-9', 59), boundary: WORD_CHARS, minEntropy: 4 }),
  keywordAssigned('jfrog-access-token', 'JFrog access or identity token', 'high', { family: 'ci-cd', keywords: ['jfrog', 'artifactory'], value: '[a-z0-9]{73}|[a-z0-9]{64}', anchored: true, minEntropy: 3.5 }),
];
