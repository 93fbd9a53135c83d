// Okta secret rules (saas family). Samples: __tests__/scanners/secrets/rules/okta.samples.ts.
import { TOKEN_CHARS, type SecretRule } from '../rule.js';
import { keywordAssigned } from './build.js';

export const OKTA_RULES: SecretRule[] = [
  keywordAssigned('okta-api-token', 'Okta API token', 'critical', { family: 'saas', keywords: ['okta'], credential: ['token', 'key'], value: '00[A-Za-z0-9_=-]{40}', boundary: TOKEN_CHARS, minEntropy: 4 }),
];
