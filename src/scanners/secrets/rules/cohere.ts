// Cohere secret rules (ai family). Samples: __tests__/scanners/secrets/rules/cohere.samples.ts.
import { credentialName, defineRule, providerAssignmentPattern, WORD_CHARS, type SecretRule } from '../rule.js';

export const COHERE_RULES: SecretRule[] = [
  defineRule({
    id: 'cohere-api-key',
    family: 'ai',
    description: 'Cohere API key',
    severity: 'high',
    keywords: ['cohere', 'co_api_key'],
    pattern: providerAssignmentPattern('cohere|co_api_key', '[A-Za-z0-9]{40}'),
    boundary: WORD_CHARS,
    minEntropy: 4,
    validate: credentialName,
  }),
];
