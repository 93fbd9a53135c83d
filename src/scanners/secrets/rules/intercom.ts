// Intercom secret rules (messaging family). Samples: __tests__/scanners/secrets/rules/intercom.samples.ts.
import { TOKEN_CHARS, type SecretRule } from '../rule.js';
import { keywordAssigned, run } from './build.js';

export const INTERCOM_RULES: SecretRule[] = [
  keywordAssigned('intercom-access-token', 'Intercom access token', 'high', { family: 'messaging', keywords: ['intercom'], credential: ['token', 'key'], value: run('A-Za-z0-9=_-', 60), boundary: TOKEN_CHARS, minEntropy: 4 }),
];
