// AI21 Studio secret rules (ai family). Samples: __tests__/scanners/secrets/rules/ai21.samples.ts.
import { credentialName, TOKEN_CHARS, type SecretRule } from '../rule.js';
import { keywordAssigned, UUID } from './build.js';

export const AI21_RULES: SecretRule[] = [
  // A UUID, so only an AI21-named assignment that is not an identifier's counts.
  keywordAssigned('ai21-api-key', 'AI21 Studio API key', 'high', { family: 'ai', keywords: ['ai21'], form: 'provider', value: UUID, anchored: true, boundary: TOKEN_CHARS, validate: credentialName }),
];
