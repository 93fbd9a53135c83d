// Scrapfly API keys (saas family): `scp-live-` or `scp-test-` and 32 hex. Samples:
// __tests__/scanners/secrets/rules/scrapfly.samples.ts.
import type { SecretRule } from '../rule.js';
import { prefixedToken, run } from './build.js';

export const SCRAPFLY_RULES: SecretRule[] = [
  prefixedToken('scrapfly-api-key', 'Scrapfly API key', 'high', { family: 'saas', prefix: 'scp-', body: `(?:live|test)-${run('a-f0-9', 32)}`, anchored: true }),
];
