// pyx (Astral) secret rules (ci-cd family). Samples: __tests__/scanners/secrets/rules/pyx.samples.ts.
import type { SecretRule } from '../rule.js';
import { prefixedToken, run } from './build.js';

export const PYX_RULES: SecretRule[] = [
  // pyx (Astral's package registry) API keys, read by uv from PYX_API_KEY: `sk-pyx-` and 64
  // alphanumerics (v1) or `sk-pyx-2` and 45 letters (v2); `tp-pyx-` tokens likewise.
  prefixedToken('pyx-api-key', 'pyx (Astral) API key', 'high', { family: 'ci-cd', prefix: ['sk-pyx-', 'tp-pyx-'], body: run('A-Za-z0-9', 40, 64), anchored: true, minEntropy: 3.5 }),
];
