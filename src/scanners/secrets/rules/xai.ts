// xai secret rules (ai family). Samples: __tests__/scanners/secrets/rules/xai.samples.ts.
import { defineRule, WORD_CHARS, type SecretRule } from '../rule.js';

export const XAI_RULES: SecretRule[] = [
  defineRule({
    id: 'xai-api-key',
    family: 'ai',
    description: 'xAI API key',
    severity: 'high',
    keywords: ['xai-'],
    pattern: /(xai-[A-Za-z0-9_]{80})/,
    boundary: WORD_CHARS,
    minEntropy: 4,
  }),
];
