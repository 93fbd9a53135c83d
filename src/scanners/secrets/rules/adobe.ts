// Adobe secret rules (saas family). Samples: __tests__/scanners/secrets/rules/adobe.samples.ts.
import { type SecretRule } from '../rule.js';
import { prefixedToken, run } from './build.js';

export const ADOBE_RULES: SecretRule[] = [
  prefixedToken('adobe-client-secret', 'Adobe OAuth client secret', 'high', { family: 'saas', prefix: 'p8e-', body: run('A-Za-z0-9', 32) }),
];
