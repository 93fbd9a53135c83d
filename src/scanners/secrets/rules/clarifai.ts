// Clarifai secret rules (ai family). Samples: __tests__/scanners/secrets/rules/clarifai.samples.ts.
import { credentialName, defineRule, providerAssignmentPattern, WORD_CHARS, type SecretRule } from '../rule.js';

export const CLARIFAI_RULES: SecretRule[] = [
  defineRule({
    id: 'clarifai-pat',
    family: 'ai',
    description: 'Clarifai personal access token or API key',
    severity: 'high',
    keywords: ['clarifai'],
    anchored: true,
    pattern: providerAssignmentPattern('clarifai', '[a-f0-9]{32}'),
    boundary: WORD_CHARS,
    minEntropy: 3,
    validate: credentialName,
  }),
];
