// Replicate secret rules (ai family). Samples: __tests__/scanners/secrets/rules/replicate.samples.ts.
import { defineRule, TOKEN_CHARS, type SecretRule } from '../rule.js';
import { prefixedToken, run } from './build.js';

export const REPLICATE_RULES: SecretRule[] = [
  prefixedToken('replicate-api-token', 'Replicate API token', 'high', { family: 'ai', prefix: 'r8_', body: run('A-Za-z0-9_-', 37), anchored: true, minEntropy: 3.5 }),
];
