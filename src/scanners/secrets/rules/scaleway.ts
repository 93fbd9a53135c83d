// Scaleway secret rules (cloud family). Samples: __tests__/scanners/secrets/rules/scaleway.samples.ts.
import { TOKEN_CHARS, type SecretRule } from '../rule.js';
import { keywordAssigned, UUID } from './build.js';

export const SCALEWAY_RULES: SecretRule[] = [
  keywordAssigned('scaleway-secret-key', 'Scaleway secret key', 'critical', { family: 'cloud', keywords: ['scw_secret', 'scaleway'], name: 'scw[_.-]?secret[_.-]?key|scaleway[_.-]?secret[_.-]?key', value: UUID, boundary: TOKEN_CHARS }),
];
