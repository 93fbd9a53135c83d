// DeepSeek secret rules (ai family). Samples: __tests__/scanners/secrets/rules/deepseek.samples.ts.
import { assignmentPattern, defineRule, TOKEN_CHARS, type SecretRule } from '../rule.js';

export const DEEPSEEK_RULES: SecretRule[] = [
  defineRule({
    id: 'deepseek-api-key',
    family: 'ai',
    description: 'DeepSeek API key',
    severity: 'high',
    keywords: ['deepseek'],
    pattern: assignmentPattern('deepseek', 'sk-[a-f0-9]{32}'),
    boundary: TOKEN_CHARS,
    minEntropy: 3,
  }),
];
