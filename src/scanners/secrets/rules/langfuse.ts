// Langfuse secret rules (ai family). Samples: __tests__/scanners/secrets/rules/langfuse.samples.ts.
import { defineRule, TOKEN_CHARS, type SecretRule } from '../rule.js';

export const LANGFUSE_RULES: SecretRule[] = [
  defineRule({
    id: 'langfuse-secret-key',
    family: 'ai',
    description: 'Langfuse secret key',
    severity: 'high',
    keywords: ['sk-lf-'],
    pattern: /(sk-lf-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/,
    boundary: TOKEN_CHARS,
    minEntropy: 3,
  }),
];
