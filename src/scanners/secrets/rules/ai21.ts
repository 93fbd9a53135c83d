// AI21 Studio secret rules (ai family). Samples: __tests__/scanners/secrets/rules/ai21.samples.ts.
import { credentialName, defineRule, providerAssignmentPattern, TOKEN_CHARS, type SecretRule } from '../rule.js';
import { UUID } from './build.js';

export const AI21_RULES: SecretRule[] = [
  defineRule({
    id: 'ai21-api-key',
    family: 'ai',
    description: 'AI21 Studio API key',
    severity: 'high',
    keywords: ['ai21'],
    anchored: true,
    // A UUID, so only an AI21-named assignment that is not an identifier's counts.
    pattern: providerAssignmentPattern('ai21', UUID),
    boundary: TOKEN_CHARS,
    minEntropy: 3,
    validate: credentialName,
  }),
];
