// AssemblyAI secret rules (ai family). Samples: __tests__/scanners/secrets/rules/assemblyai.samples.ts.
import { credentialName, type SecretRule } from '../rule.js';
import { keywordAssigned, run } from './build.js';

export const ASSEMBLYAI_RULES: SecretRule[] = [
  // 32 hex characters; any AssemblyAI-named assignment but an identifier's (`assemblyai = ...`, `ASSEMBLYAI_TOKEN`).
  keywordAssigned('assemblyai-api-key', 'AssemblyAI API key', 'high', { family: 'ai', keywords: ['assemblyai', 'assembly_ai'], name: 'assembly[_.-]?ai', form: 'provider', value: run('a-f0-9', 32), validate: credentialName }),
];
