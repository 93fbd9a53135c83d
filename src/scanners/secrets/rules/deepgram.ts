// Deepgram secret rules (ai family). Samples: __tests__/scanners/secrets/rules/deepgram.samples.ts.
import { credentialName, type SecretRule } from '../rule.js';
import { keywordAssigned, run } from './build.js';

export const DEEPGRAM_RULES: SecretRule[] = [
  // 40 hex characters; any Deepgram-named assignment but an identifier's (`deepgram-api: ...`, `DEEPGRAM_TOKEN`).
  keywordAssigned('deepgram-api-key', 'Deepgram API key', 'high', { family: 'ai', keywords: ['deepgram'], form: 'provider', value: run('a-f0-9', 40), anchored: true, validate: credentialName }),
];
