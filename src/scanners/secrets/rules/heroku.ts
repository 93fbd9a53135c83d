// Heroku secret rules (saas family). Samples: __tests__/scanners/secrets/rules/heroku.samples.ts.
import { assignmentPattern, defineRule, TOKEN_CHARS, type SecretRule } from '../rule.js';
import { prefixedToken, run } from './build.js';

export const HEROKU_RULES: SecretRule[] = [
  prefixedToken('heroku-api-key-v2', 'Heroku API key', 'critical', { family: 'saas', prefix: 'HRKU-AA', body: run('0-9A-Za-z_-', 58), minEntropy: 4 }),
  defineRule({
    id: 'heroku-api-key',
    family: 'saas',
    description: 'Heroku API key',
    severity: 'critical',
    keywords: ['heroku'],
    pattern: assignmentPattern('heroku[\\w.-]{0,20}(?:api[_.-]?key|token|password)', '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'),
    boundary: TOKEN_CHARS,
    minEntropy: 3,
  }),
];
