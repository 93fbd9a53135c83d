// Pinecone secret rules (ai family). Samples: __tests__/scanners/secrets/rules/pinecone.samples.ts.
import { TOKEN_CHARS, WORD_CHARS, type SecretRule } from '../rule.js';
import { keywordAssigned, prefixedToken, UUID } from './build.js';

export const PINECONE_RULES: SecretRule[] = [
  prefixedToken('pinecone-api-key', 'Pinecone API key', 'high', { family: 'ai', prefix: 'pcsk_', body: '[A-Za-z0-9]{5,6}_[A-Za-z0-9]{50,80}', boundary: WORD_CHARS, minEntropy: 4 }),
  keywordAssigned('pinecone-legacy-api-key', 'Pinecone API key', 'high', { family: 'ai', keywords: ['pinecone'], credential: 'key', value: UUID, boundary: TOKEN_CHARS }),
];
