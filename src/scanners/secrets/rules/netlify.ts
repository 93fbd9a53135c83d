// Netlify secret rules (saas family). Samples: __tests__/scanners/secrets/rules/netlify.samples.ts.
import { TOKEN_CHARS, type SecretRule } from '../rule.js';
import { keywordAssigned } from './build.js';

export const NETLIFY_RULES: SecretRule[] = [
  keywordAssigned('netlify-access-token', 'Netlify access token', 'high', { family: 'saas', keywords: ['netlify'], credential: ['token', 'key'], value: '(?:nfp_)?[A-Za-z0-9_-]{40,46}', boundary: TOKEN_CHARS, minEntropy: 3.5 }),
];
