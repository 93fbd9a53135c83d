// Typeform secret rules (saas family). Samples: __tests__/scanners/secrets/rules/typeform.samples.ts.
import { type SecretRule } from '../rule.js';
import { prefixedToken, run } from './build.js';

export const TYPEFORM_RULES: SecretRule[] = [
  prefixedToken('typeform-pat', 'Typeform personal access token', 'high', { family: 'saas', prefix: 'tfp_', body: run('A-Za-z0-9_.=-', 59), minEntropy: 3.5, boundary: 'A-Za-z0-9_.-' }),
];
