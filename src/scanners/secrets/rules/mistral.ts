// Mistral AI secret rules (ai family). Samples: __tests__/scanners/secrets/rules/mistral.samples.ts.
import type { SecretRule } from '../rule.js';
import { keywordAssigned, run } from './build.js';

export const MISTRAL_RULES: SecretRule[] = [
  keywordAssigned('mistral-api-key', 'Mistral AI API key', 'high', { family: 'ai', keywords: ['mistral'], credential: 'key', value: run('A-Za-z0-9', 32), minEntropy: 4 }),
];
