// Codecov secret rules (ci-cd family). Samples: __tests__/scanners/secrets/rules/codecov.samples.ts.
import { TOKEN_CHARS, type SecretRule } from '../rule.js';
import { keywordAssigned, run, UUID } from './build.js';

export const CODECOV_RULES: SecretRule[] = [
  keywordAssigned('codecov-token', 'Codecov upload token', 'medium', { family: 'ci-cd', keywords: ['codecov'], credential: 'token', value: `${UUID}|${run('A-Za-z0-9', 32)}`, boundary: TOKEN_CHARS }),
];
