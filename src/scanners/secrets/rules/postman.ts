// Postman secret rules (saas family). Samples: __tests__/scanners/secrets/rules/postman.samples.ts.
import type { SecretRule } from '../rule.js';
import { prefixedToken } from './build.js';

export const POSTMAN_RULES: SecretRule[] = [
  prefixedToken('postman-api-key', 'Postman API key', 'high', { family: 'saas', prefix: 'PMAK-', body: '[a-f0-9]{24}-[a-f0-9]{34}', ignoreCase: true }),
];
