// Bitbucket secret rules (source-hosting family). Samples: __tests__/scanners/secrets/rules/bitbucket.samples.ts.
import { TOKEN_CHARS, WORD_CHARS, type SecretRule } from '../rule.js';
import { keywordAssigned, prefixedToken, run } from './build.js';

export const BITBUCKET_RULES: SecretRule[] = [
  prefixedToken('bitbucket-app-password', 'Bitbucket app password', 'high', { family: 'source-hosting', prefix: 'ATBB', body: run('A-Za-z0-9', 32), boundary: WORD_CHARS, minEntropy: 3.5 }),
  keywordAssigned('bitbucket-client-secret', 'Bitbucket OAuth consumer secret', 'high', { family: 'source-hosting', keywords: ['bitbucket'], credential: ['secret', 'key'], value: run('A-Za-z0-9=_-', 64), boundary: TOKEN_CHARS, minEntropy: 3.5 }),
  prefixedToken('bitbucket-data-center-token', 'Bitbucket Data Center HTTP access token', 'high', { family: 'source-hosting', prefix: 'BBDC-', body: run('A-Za-z0-9+/', 44), anchored: true, boundary: 'A-Za-z0-9_+/=-', minEntropy: 3.5, validate: (secret) => /^[0-9]{12}:/.test(Buffer.from(secret.slice(5), 'base64').toString('latin1')) }),
];
