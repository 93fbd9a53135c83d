// Langfuse secret rules (ai family). Samples: __tests__/scanners/secrets/rules/langfuse.samples.ts.
import { defineRule, TOKEN_CHARS, type SecretRule } from '../rule.js';
import { prefixedToken } from './build.js';

export const LANGFUSE_RULES: SecretRule[] = [
  prefixedToken('langfuse-secret-key', 'Langfuse secret key', 'high', { family: 'ai', prefix: 'sk-lf-', body: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}' }),
];
