// AssemblyAI secret rules (ai family). Samples: __tests__/scanners/secrets/rules/assemblyai.samples.ts.
import { credentialName, defineRule, providerAssignmentPattern, WORD_CHARS, type SecretRule } from '../rule.js';

export const ASSEMBLYAI_RULES: SecretRule[] = [
  defineRule({
    id: 'assemblyai-api-key',
    family: 'ai',
    description: 'AssemblyAI API key',
    severity: 'high',
    keywords: ['assemblyai', 'assembly_ai'],
    // 32 hex characters; any AssemblyAI-named assignment but an identifier's (`assemblyai = ...`, `ASSEMBLYAI_TOKEN`).
    pattern: providerAssignmentPattern('assembly[_.-]?ai', '[a-f0-9]{32}'),
    boundary: WORD_CHARS,
    minEntropy: 3,
    validate: credentialName,
  }),
];
