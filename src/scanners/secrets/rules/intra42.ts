// Intra42 (the 42 school network's API) secret rules (saas family). Samples: __tests__/scanners/secrets/rules/intra42.samples.ts.
import type { SecretRule } from '../rule.js';
import { prefixedToken, run } from './build.js';

export const INTRA42_RULES: SecretRule[] = [
  // OAuth application secrets: `s-s4t2ud-` (user apps) or `s-s4t2af-` (apps of a 42 campus) and 64 hex.
  prefixedToken('intra42-client-secret', 'Intra42 OAuth client secret', 'high', { family: 'saas', prefix: 's-s4t2', body: `(?:ud|af)-${run('a-fA-F0-9', 64)}` }),
];
