// Cohere secret rules (ai family). Samples: __tests__/scanners/secrets/rules/cohere.samples.ts.
import { credentialName, type SecretRule } from '../rule.js';
import { keywordAssigned, run } from './build.js';

export const COHERE_RULES: SecretRule[] = [
  keywordAssigned('cohere-api-key', 'Cohere API key', 'high', { family: 'ai', keywords: ['cohere', 'co_api_key'], form: 'provider', value: run('A-Za-z0-9', 40), minEntropy: 4, validate: credentialName }),
];
