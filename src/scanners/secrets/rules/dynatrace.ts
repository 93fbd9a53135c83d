// Dynatrace secret rules (saas family). Samples: __tests__/scanners/secrets/rules/dynatrace.samples.ts.
import { type SecretRule } from '../rule.js';
import { prefixedToken } from './build.js';

export const DYNATRACE_RULES: SecretRule[] = [
  prefixedToken('dynatrace-api-token', 'Dynatrace API token', 'high', { family: 'saas', prefix: 'dt0c01.', body: '[A-Z0-9]{24}\\.[A-Z0-9]{64}', minEntropy: 3.5 }),
];
