// EasyPost secret rules (saas family). Samples: __tests__/scanners/secrets/rules/easypost.samples.ts.
import type { SecretRule } from '../rule.js';
import { prefixedToken, run } from './build.js';

export const EASYPOST_RULES: SecretRule[] = [
  // EZAK: production key, EZTK: test-mode key; both are full API keys of the account.
  prefixedToken('easypost-api-key', 'EasyPost API key', 'high', { family: 'saas', prefix: ['EZAK', 'EZTK'], body: run('A-Za-z0-9', 54), minEntropy: 3.5 }),
];
