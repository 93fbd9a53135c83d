// Travis CI secret rules (ci-cd family). Samples: __tests__/scanners/secrets/rules/travis-ci.samples.ts.
import { TOKEN_CHARS, type SecretRule } from '../rule.js';
import { keywordAssigned, run } from './build.js';

export const TRAVIS_CI_RULES: SecretRule[] = [
  keywordAssigned('travis-ci-token', 'Travis CI API token', 'high', { family: 'ci-cd', keywords: ['travis'], credential: ['token', 'key'], value: run('A-Za-z0-9_-', 22), anchored: true, boundary: TOKEN_CHARS, minEntropy: 3.5 }),
];
