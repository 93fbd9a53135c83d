// Linear secret rules (saas family). Samples: __tests__/scanners/secrets/rules/linear.samples.ts.
import { type SecretRule } from '../rule.js';
import { prefixedToken, run } from './build.js';

export const LINEAR_RULES: SecretRule[] = [
  prefixedToken('linear-api-key', 'Linear API key', 'high', { family: 'saas', prefix: 'lin_api_', body: run('A-Za-z0-9', 40), minEntropy: 3.5 }),
];
