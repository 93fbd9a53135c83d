// Heroku secret rules (saas family). Samples: __tests__/scanners/secrets/rules/heroku.samples.ts.
import { TOKEN_CHARS, type SecretRule } from '../rule.js';
import { keywordAssigned, prefixedToken, run, UUID } from './build.js';

export const HEROKU_RULES: SecretRule[] = [
  prefixedToken('heroku-api-key-v2', 'Heroku API key', 'critical', { family: 'saas', prefix: 'HRKU-AA', body: run('0-9A-Za-z_-', 58), minEntropy: 4 }),
  keywordAssigned('heroku-api-key', 'Heroku API key', 'critical', { family: 'saas', keywords: ['heroku'], credential: ['api[_.-]?key', 'token', 'password'], value: UUID, boundary: TOKEN_CHARS }),
];
