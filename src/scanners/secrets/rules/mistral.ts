// Mistral AI secret rules (ai family). Samples: __tests__/scanners/secrets/rules/mistral.samples.ts.
import { assignmentPattern, defineRule, WORD_CHARS, type SecretRule } from '../rule.js';

export const MISTRAL_RULES: SecretRule[] = [
  defineRule({
    id: 'mistral-api-key',
    family: 'ai',
    description: 'Mistral AI API key',
    severity: 'high',
    keywords: ['mistral'],
    pattern: assignmentPattern('mistral[\\w.-]{0,20}key', '[A-Za-z0-9]{32}'),
    boundary: WORD_CHARS,
    minEntropy: 4,
  }),
];
