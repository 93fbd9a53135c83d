// Deepgram secret rules (ai family). Samples: __tests__/scanners/secrets/rules/deepgram.samples.ts.
import { credentialName, defineRule, providerAssignmentPattern, WORD_CHARS, type SecretRule } from '../rule.js';

export const DEEPGRAM_RULES: SecretRule[] = [
  defineRule({
    id: 'deepgram-api-key',
    family: 'ai',
    description: 'Deepgram API key',
    severity: 'high',
    keywords: ['deepgram'],
    anchored: true,
    // 40 hex characters; any Deepgram-named assignment but an identifier's (`deepgram-api: ...`, `DEEPGRAM_TOKEN`).
    pattern: providerAssignmentPattern('deepgram', '[a-f0-9]{40}'),
    boundary: WORD_CHARS,
    minEntropy: 3,
    validate: credentialName,
  }),
];
