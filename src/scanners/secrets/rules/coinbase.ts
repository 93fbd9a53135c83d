// Coinbase secret rules (payments family). Samples: __tests__/scanners/secrets/rules/coinbase.samples.ts.
import { TOKEN_CHARS, type SecretRule } from '../rule.js';
import { keywordAssigned, run } from './build.js';

export const COINBASE_RULES: SecretRule[] = [
  keywordAssigned('coinbase-api-secret', 'Coinbase API secret', 'critical', { family: 'payments', keywords: ['coinbase'], credential: ['secret', 'key'], value: run('A-Za-z0-9_-', 64), boundary: TOKEN_CHARS, minEntropy: 4 }),
];
