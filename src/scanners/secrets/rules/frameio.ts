// Frame.io secret rules (saas family). Samples: __tests__/scanners/secrets/rules/frameio.samples.ts.
import { type SecretRule } from '../rule.js';
import { prefixedToken, run } from './build.js';

export const FRAMEIO_RULES: SecretRule[] = [
  prefixedToken('frameio-api-token', 'Frame.io API token', 'high', { family: 'saas', prefix: 'fio-u-', body: run('A-Za-z0-9_=-', 64), minEntropy: 3.5 }),
];
