// Together AI secret rules (ai family). Samples: __tests__/scanners/secrets/rules/together.samples.ts.
import { assignmentPattern, defineRule, TOKEN_CHARS, type SecretRule } from '../rule.js';

export const TOGETHER_RULES: SecretRule[] = [
  defineRule({
    id: 'together-api-key',
    family: 'ai',
    description: 'Together AI API key',
    severity: 'high',
    keywords: ['together'],
    anchored: true,
    pattern: assignmentPattern('together[\\w.-]{0,20}key', '[a-f0-9]{64}|tgp_v1_[A-Za-z0-9_-]{43}'),
    boundary: TOKEN_CHARS,
    minEntropy: 3,
  }),
];
