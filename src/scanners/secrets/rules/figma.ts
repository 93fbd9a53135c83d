// Figma personal access tokens (saas family): `figd_` and 40 characters of base64url. Samples:
// __tests__/scanners/secrets/rules/figma.samples.ts.
import type { SecretRule } from '../rule.js';
import { prefixedToken, run } from './build.js';

export const FIGMA_RULES: SecretRule[] = [
  prefixedToken('figma-personal-access-token', 'Figma personal access token', 'high', { family: 'saas', prefix: 'figd_', body: run('A-Za-z0-9_-', 40, 44), anchored: true, minEntropy: 3.5 }),
];
