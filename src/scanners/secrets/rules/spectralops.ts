// SpectralOps (Check Point) secret rules (ci-cd family). Samples: __tests__/scanners/secrets/rules/spectralops.samples.ts.
import { WORD_CHARS, type SecretRule } from '../rule.js';
import { prefixedToken, run } from './build.js';

export const SPECTRALOPS_RULES: SecretRule[] = [
  // Personal API keys: `spu-` and 32 lower-case alphanumerics.
  prefixedToken('spectralops-api-key', 'SpectralOps personal API key', 'high', { family: 'ci-cd', prefix: 'spu-', body: run('a-z0-9', 32), anchored: true, boundary: WORD_CHARS, minEntropy: 3.3 }),
];
