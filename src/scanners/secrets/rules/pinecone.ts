// Pinecone secret rules (ai family). Samples: __tests__/scanners/secrets/rules/pinecone.samples.ts.
import { assignmentPattern, defineRule, TOKEN_CHARS, WORD_CHARS, type SecretRule } from '../rule.js';
import { prefixedToken } from './build.js';

export const PINECONE_RULES: SecretRule[] = [
  prefixedToken('pinecone-api-key', 'Pinecone API key', 'high', { family: 'ai', prefix: 'pcsk_', body: '[A-Za-z0-9]{5,6}_[A-Za-z0-9]{50,80}', boundary: WORD_CHARS, minEntropy: 4 }),
  defineRule({
    id: 'pinecone-legacy-api-key',
    family: 'ai',
    description: 'Pinecone API key',
    severity: 'high',
    keywords: ['pinecone'],
    pattern: assignmentPattern('pinecone[\\w.-]{0,20}key', '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'),
    boundary: TOKEN_CHARS,
    minEntropy: 3,
  }),
];
